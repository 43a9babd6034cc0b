namespace Sciatica.Cli;

/// <summary>The program; in a namespace so it never clashes with the site's global <c>Program</c>.</summary>
public static class Program
{
    public static int Main(string[] args) => CommandLine.Run(args, Console.Out, Console.Error);
}
