namespace Sciatica.Content.Rules;

/// <summary>Where a rule runs, which is what an editor needs to know to see it fire.</summary>
public enum RuleScope
{
    /// <summary>While a file is read (front matter, the registry, a shared block): it stops what cannot be understood.</summary>
    Reading,

    /// <summary>On each page file once it is parsed (<see cref="IPageRule"/>), shared blocks placed.</summary>
    Page,

    /// <summary>Once over the whole content (<see cref="ISiteRule"/>): what no single file shows.</summary>
    Site,

    /// <summary>In the editors' command line, outside the content (a missing folder, an import file).</summary>
    Command,
}
