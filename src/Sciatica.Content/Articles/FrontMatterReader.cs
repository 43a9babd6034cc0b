using System.Globalization;
using Markdig.Extensions.Yaml;
using Sciatica.Content.Codes;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Governance;
using Sciatica.Content.Rules;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace Sciatica.Content.Articles;

/// <summary>Turns the YAML front matter block into a <see cref="FrontMatter"/>, reporting each problem at its line.</summary>
public static class FrontMatterReader
{
    public const int MaxSummaryLength = 160;
    public const int MaxTitleLength = 120;

    /// <summary>What <c>sciatica review</c> records beside <c>reviewed</c>: each reviewed part's hash (<see cref="ReviewFingerprint"/>).</summary>
    public const string ReviewedFingerprint = "reviewed-fingerprint";

    private static readonly string[] Required = ["title", "summary", "order", "updated", "next-review"];
    private static readonly HashSet<string> Known = [.. Required, "reviewed", "reviewed-by", ReviewedFingerprint, "draft", "changes", "codes"];

    /// <summary>The About page is not in the menu and is never a draft: no <c>order</c>, no <c>draft</c>.</summary>
    private static readonly string[] AboutRequired = [.. Required.Except(["order"])];
    private static readonly HashSet<string> AboutKnown = [.. Known.Except(["order", "draft", "codes"])];

    public static FrontMatter? Read(YamlFrontMatterBlock? block, DiagnosticBag diagnostics, PageKind kind = PageKind.Article)
    {
        if (block is null)
        {
            diagnostics.Report(FrontMatterRules.InvalidFrontMatter, 1, 1, "the article must start with YAML front matter between '---' lines");
            return null;
        }

        // The block's lines exclude the '---' fences: YAML line 1 is file line block.Line + 2.
        var offset = block.Line + 1;
        var root = YamlText.Parse(block.Lines.ToString(), out var error);
        if (error is { } e)
        {
            diagnostics.Report(FrontMatterRules.InvalidFrontMatter, e.Line + offset, e.Column, $"invalid YAML: {e.Message}");
            return null;
        }

        if (root is not YamlMappingNode map)
        {
            diagnostics.Report(FrontMatterRules.InvalidFrontMatter, block.Line + 1, 1, "front matter must be a set of 'key: value' lines");
            return null;
        }

        var (required, known) = kind == PageKind.About ? (AboutRequired, AboutKnown) : (Required, Known);
        return new Fields(map, offset, block.Line + 1, diagnostics).Read(required, known);
    }

    private sealed class Fields(YamlMappingNode map, int offset, int blockLine, DiagnosticBag diagnostics)
    {
        public FrontMatter? Read(string[] required, HashSet<string> known)
        {
            foreach (var key in map.Children.Keys)
            {
                if (key.Scalar() is not { } name || !known.Contains(name))
                {
                    Report(key, FrontMatterRules.UnknownFrontMatterKey, $"unknown front matter key '{key}' (known: {string.Join(", ", known)})");
                }
            }

            foreach (var name in required.Where(n => map.Child(n) is null))
            {
                diagnostics.Report(FrontMatterRules.MissingFrontMatterField, blockLine, 1, $"front matter is missing required field '{name}'");
            }

            var title = Text("title", MaxTitleLength);
            var summary = Text("summary", MaxSummaryLength);
            var order = known.Contains("order") ? Integer("order") : null;
            var updated = Date("updated");
            var nextReview = Date("next-review");
            var review = Review();
            var draft = known.Contains("draft") ? Boolean("draft") : null;
            var changes = Text("changes", MaxSummaryLength * 2);
            var codes = known.Contains("codes") ? Codes() : [];
            if (updated is { } u && nextReview is { } n && n <= u)
            {
                Report(map.Child("next-review")!, FrontMatterRules.ReviewDatesOutOfOrder, $"next-review ({n:yyyy-MM-dd}) must be after updated ({u:yyyy-MM-dd})");
            }

            if (title is null || summary is null || (order is null && required.Contains("order")) || updated is null || nextReview is null || diagnostics.HasErrors)
            {
                return null;
            }

            return new FrontMatter
            {
                Title = title,
                Summary = summary,
                Order = order,
                Updated = updated.Value,
                NextReview = nextReview.Value,
                Review = review,
                Draft = draft ?? false,
                Changes = changes,
                Codes = codes,
                OrderLine = order is null ? 0 : map.Child("order")!.Line() + offset,
                NextReviewLine = map.Child("next-review")!.Line() + offset,
                ReviewLine = review is null ? 0 : map.Child("reviewed")!.Line() + offset,
            };
        }

        /// <summary><c>reviewed</c> and <c>reviewed-by</c> together, or neither: a date without a reviewer (or the reverse) claims a review nobody can check.</summary>
        private ClinicalReview? Review()
        {
            var (dateNode, byNode) = (map.Child("reviewed"), map.Child("reviewed-by"));
            if ((dateNode is null) != (byNode is null))
            {
                var message = dateNode is null
                    ? "'reviewed-by' needs 'reviewed', the date of that clinician's review"
                    : "'reviewed' needs 'reviewed-by', the clinician's name and role; if no clinician reviewed the page, this date is 'updated', not 'reviewed'";
                Report(dateNode ?? byNode!, FrontMatterRules.HalfAReview, message);
                return null;
            }

            var (date, by) = (Date("reviewed"), Text("reviewed-by", MaxTitleLength));
            if (by is not null && !by.Contains(',', StringComparison.Ordinal))
            {
                Report(byNode!, FrontMatterRules.BadFrontMatterValue, "'reviewed-by' is the reviewer's name and role, separated by a comma (\"A. Name, consultant physiotherapist\")");
                return null;
            }

            return date is { } d && by is not null ? new ClinicalReview(d, by, Fingerprint()) : null;
        }

        private ReviewFingerprint? Fingerprint()
        {
            switch (map.Child(ReviewedFingerprint))
            {
                case null:
                    return null;
                case YamlMappingNode parts when parts.Children.All(p => p.Key.Scalar() is { Length: > 0 } && p.Value.Scalar() is { Length: > 0 }):
                    return new ReviewFingerprint(parts.Children.ToDictionary(p => p.Key.Scalar()!, p => p.Value.Scalar()!, StringComparer.Ordinal));
                case var other:
                    Report(other, FrontMatterRules.BadFrontMatterValue, $"'{ReviewedFingerprint}' is written by 'sciatica review'; run it again rather than editing it");
                    return null;
            }
        }

        /// <summary><c>codes:</c> maps each code system to its codes (<c>icd-10: [M54.3]</c>); each code is checked for its system's shape here, and against <c>codes.yaml</c> by <see cref="Rules.Site.CodesAreListed"/>.</summary>
        private List<DeclaredCode> Codes()
        {
            var codes = new List<DeclaredCode>();
            if (map.Child("codes") is not { } node)
            {
                return codes;
            }

            if (node is not YamlMappingNode systems)
            {
                Report(node, FrontMatterRules.BadFrontMatterValue, "'codes' maps each code system to a list of codes, e.g. 'icd-10: [M54.3]'");
                return codes;
            }

            foreach (var (key, value) in systems.Children)
            {
                if (CodeSystem.Named(key.Scalar()) is not { } system)
                {
                    Report(key, CodeRules.BadDiagnosisCode, $"unknown code system '{key}'; use one of: {string.Join(", ", CodeSystem.All.Select(s => s.Name))}");
                    continue;
                }

                IEnumerable<YamlNode> items = value is YamlSequenceNode list ? list : [value];
                foreach (var item in items)
                {
                    if (item.Scalar()?.Trim() is not { Length: > 0 } code || !system.IsWellFormed(code))
                    {
                        Report(item, CodeRules.BadDiagnosisCode, $"'{item}' is not shaped like a code of {system.Title}: {system.ShapeHint}");
                        continue;
                    }

                    codes.Add(new DeclaredCode(system, code, item.Line() + offset, item.Column()));
                }
            }

            return codes;
        }

        private string? Text(string key, int maxLength)
        {
            if (map.Child(key) is not { } node)
            {
                return null;
            }

            var value = node.Scalar()?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return Report(node, FrontMatterRules.BadFrontMatterValue, $"'{key}' must be non-empty text");
            }

            return value.Length > maxLength
                ? Report(node, FrontMatterRules.BadFrontMatterValue, $"'{key}' is {value.Length} characters; keep it to {maxLength}")
                : value;
        }

        private int? Integer(string key) =>
            map.Child(key) is not { } node ? null
            : int.TryParse(node.Scalar(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n
            : Fail<int>(node, $"'{key}' must be a whole number");

        private bool? Boolean(string key) =>
            map.Child(key) is not { } node ? null
            : node.Scalar() is "true" ? true
            : node.Scalar() is "false" ? false
            : Fail<bool>(node, $"'{key}' must be true or false");

        private DateOnly? Date(string key) =>
            map.Child(key) is not { } node ? null
            : DateOnly.TryParseExact(node.Scalar(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : Fail<DateOnly>(node, $"'{key}' must be a date written YYYY-MM-DD");

        private T? Fail<T>(YamlNode node, string message)
            where T : struct
        {
            Report(node, FrontMatterRules.BadFrontMatterValue, message);
            return null;
        }

        private string? Report(YamlNode node, Rule rule, string message)
        {
            diagnostics.Report(rule, node.Line() + offset, node.Column(), message);
            return null;
        }
    }
}
