using System.Globalization;
using System.Text;

namespace Sciatica.Cli.Import;

/// <summary>
/// A text value as the registry writes it by hand: plain when YAML reads it back unchanged
/// (<c>title: Diagnosis and treatment of sciatica</c>), else in double quotes (<c>title: "Sciatica: a review"</c>).
/// </summary>
public static class YamlScalar
{
    private static readonly string[] Reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"];

    /// <param name="inFlow">Inside <c>{…}</c> or <c>[…]</c>, where commas and brackets end a plain value.</param>
    public static string Write(string value, bool inFlow = false) => CanBePlain(value, inFlow) ? value : Quoted(value);

    private static bool CanBePlain(string value, bool inFlow) =>
        value.Length > 0
        && value == value.Trim()
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0], StringComparison.Ordinal) < 0
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.EndsWith(':')
        && !value.Contains(" #", StringComparison.Ordinal)
        && !value.Any(char.IsControl)
        && !(inFlow && value.IndexOfAny([',', '[', ']', '{', '}', ':']) >= 0)
        && !Reserved.Contains(value.ToLowerInvariant());

    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
