namespace Sciatica.Content.Articles;

/// <summary>An article's URL segment: lower-case letters, digits and single hyphens.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static bool IsValid(ReadOnlySpan<char> slug)
    {
        if (slug.IsEmpty || slug.Length > MaxLength || slug[0] == '-' || slug[^1] == '-' || slug.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in slug)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
