using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Reading;

namespace Sciatica.Cli.Import;

/// <summary>
/// Reads CSL-JSON, the list of references Zotero, Mendeley and Pandoc export. Every problem is a diagnostic at its line
/// and column in the export file: invalid JSON, something other than a list of references, a reference with no title.
/// </summary>
public static partial class CslJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    [GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoiPrefix();

    [GeneratedRegex(@"\b(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")]
    private static partial Regex RawDate();

    public static List<ImportedReference> Read(string text, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            var message = e.Message.Split(" LineNumber:")[0].Split(" Path:")[0].TrimEnd('.');
            diagnostics.Report(CommandRules.ImportFileInvalid, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, $"invalid JSON: {message}");
            return [];
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object => [root],
                _ => null,
            };
            if (items is null)
            {
                diagnostics.Report(CommandRules.ImportFileInvalid, 1, 1, "expected CSL-JSON: a list of references, [ {\"id\": …, \"title\": …}, … ], as Zotero, Mendeley and Pandoc export");
                return [];
            }

            var starts = ItemStarts(text, root.ValueKind == JsonValueKind.Array);
            var references = new List<ImportedReference>();
            for (var i = 0; i < items.Count; i++)
            {
                var (line, column) = starts[i];
                if (items[i].ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Report(CommandRules.ImportFileInvalid, line, column, $"reference {i + 1} is not an object of CSL fields");
                    continue;
                }

                var reference = ReadReference(items[i], line, column);
                if (string.IsNullOrWhiteSpace(reference.Title))
                {
                    diagnostics.Report(CommandRules.ImportReferenceWithoutTitle, line, column,
                        $"reference {i + 1}{(reference.Id is null ? "" : $" (id '{reference.Id}')")} has no title; add it in your reference manager and export again");
                    continue;
                }

                references.Add(reference);
            }

            return references;
        }
    }

    private static ImportedReference ReadReference(JsonElement item, int line, int column) => new()
    {
        Id = Text(item, "id"),
        Type = Text(item, "type"),
        Title = Text(item, "title"),
        TitleShort = Text(item, "title-short"),
        Authors = item.TryGetProperty("author", out var authors) && authors.ValueKind == JsonValueKind.Array
            ? [.. authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(ReadName)]
            : [],
        ContainerTitle = Text(item, "container-title"),
        Publisher = Text(item, "publisher"),
        Number = Text(item, "number"),
        Volume = Text(item, "volume"),
        Issue = Text(item, "issue"),
        Page = Text(item, "page"),
        Issued = item.TryGetProperty("issued", out var issued) ? ReadDate(issued) : [],
        Doi = Text(item, "DOI") is { } doi ? DoiPrefix().Replace(doi, "") : null,
        Pmid = Text(item, "PMID"),
        Url = Text(item, "URL"),
        Line = line,
        Column = column,
    };

    /// <summary>A name, with a particle that belongs to the family name ("van" in "van Tulder") kept in front of it.</summary>
    private static CslName ReadName(JsonElement name)
    {
        var family = string.Join(' ', new[] { Text(name, "non-dropping-particle"), Text(name, "family") }.Where(p => p is not null));
        var given = string.Join(' ', new[] { Text(name, "given"), Text(name, "dropping-particle") }.Where(p => p is not null));
        return new CslName(family.Length == 0 ? null : family, given.Length == 0 ? null : given, Text(name, "literal"));
    }

    /// <summary><c>{"date-parts": [[2007, 6, 23]]}</c>, or a <c>raw</c> date such as <c>"2007-06-23"</c>.</summary>
    private static List<int> ReadDate(JsonElement issued)
    {
        if (issued.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        if (issued.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array
            && parts.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Array } first)
        {
            return [.. first.EnumerateArray().Select(Number).TakeWhile(n => n is not null).Select(n => n!.Value)];
        }

        var raw = Text(issued, "raw") ?? Text(issued, "literal");
        var match = raw is null ? Match.Empty : RawDate().Match(raw);
        return [.. match.Groups.Values.Skip(1).Where(g => g.Success).Select(g => int.Parse(g.Value, CultureInfo.InvariantCulture))];
    }

    private static int? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>A field as text: exporters write numbers (volume, PMID) as either strings or numbers, and some titles as lists.</summary>
    private static string? Text(JsonElement item, string field)
    {
        if (!item.TryGetProperty(field, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : null).FirstOrDefault(),
            _ => null,
        };
        text = text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>Line and column (1-based) where each reference starts, so a problem is reported at the reference itself.</summary>
    private static List<(int Line, int Column)> ItemStarts(string text, bool isList)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var offsets = new List<long>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        while (reader.Read())
        {
            if (reader.CurrentDepth == (isList ? 1 : 0) && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject or JsonTokenType.PropertyName))
            {
                offsets.Add(reader.TokenStartIndex);
                reader.Skip();
            }
        }

        return [.. offsets.Select(offset => Position(bytes, offset))];
    }

    private static (int Line, int Column) Position(byte[] bytes, long offset)
    {
        var before = bytes.AsSpan(0, (int)offset);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
