using System.Globalization;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Sciatica.Content.Search;

/// <summary>
/// How text becomes search terms: words, lower-cased, filler words dropped, then stemmed with Snowball's English
/// stemmer (Porter2, from Lucene.Net), so "sleeping", "sleeps" and "sleep" are one term. Pagefind stems the static
/// copy's index with the same algorithm, so both searches fold the same words.
/// </summary>
public static class SearchTerms
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "go", "how", "i", "if", "in",
        "is", "it", "me", "my", "no", "not", "of", "on", "or", "so", "that", "the", "this", "to", "what", "when",
        "will", "with", "you", "your",
    };

    /// <summary>The words search ignores, in order, for the static copy's script to ignore the same.</summary>
    public static readonly IReadOnlyList<string> FillerWords = [.. Filler.Order(StringComparer.Ordinal)];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerSpans = Filler.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The stemmer keeps state between calls, so each thread has its own.</summary>
    [ThreadStatic]
    private static EnglishStemmer? t_stemmer;

    /// <summary>Longer words are rare enough to be given a buffer of their own.</summary>
    private const int ShortWord = 64;

    /// <summary>Each word in the text with its position, and its term (null for filler words).</summary>
    public static IEnumerable<(int Index, int Length, string? Term)> Words(string text) =>
        Spans(text).Select(w => (w.Index, w.Length, Normalize(text.Substring(w.Index, w.Length))));

    public static IEnumerable<string> Of(string text) => Words(text).Select(w => w.Term).OfType<string>();

    /// <summary>
    /// Where each word is: a run of letters and digits, joined by ampersands ("A&amp;E"), with an apostrophe and the letters
    /// after it ("don't", "patient’s"). Only positions, no strings, so a snippet can scan text without allocating per word.
    /// </summary>
    public static IEnumerable<(int Index, int Length)> Spans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordCharacter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordCharacter(text[i]))
            {
                i++;
            }

            // "A&E", "R&D": an ampersand between letters, with no space, joins them into one word; split, "a" would be a
            // filler word and "e" would match every "e" in the site.
            while (i + 1 < text.Length && text[i] == '&' && IsWordCharacter(text[i + 1]))
            {
                i++;
                while (i < text.Length && IsWordCharacter(text[i]))
                {
                    i++;
                }
            }

            if (i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
            }

            yield return (start, i - start);
        }
    }

    /// <summary>"Scans" and "scan" are one term, as are "walking" and "walk"; "MRI" is "mri".</summary>
    public static string? Normalize(string word)
    {
        var buffer = word.Length <= ShortWord ? stackalloc char[ShortWord] : new char[word.Length];
        var term = Normalize(word, buffer);
        return term.IsEmpty ? null : term.ToString();
    }

    /// <summary>Whether the word's term is one of <paramref name="terms"/>, without making a string of it.</summary>
    public static bool IsOneOf(ReadOnlySpan<char> word, IReadOnlyList<string> terms)
    {
        var buffer = word.Length <= ShortWord ? stackalloc char[ShortWord] : new char[word.Length];
        var term = Normalize(word, buffer);
        for (var i = 0; !term.IsEmpty && i < terms.Count; i++)
        {
            if (term.SequenceEqual(terms[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word's term (lower-cased into <paramref name="buffer"/>, at least as long as the word, then stemmed); empty for a filler word. Valid until the thread's next call.</summary>
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe > 0)
        {
            word = word[..apostrophe];
        }

        var term = buffer[..word.Length];
        word.ToLowerInvariant(term);
        if (FillerSpans.Contains(term))
        {
            return [];
        }

        return Stem(term);
    }

    /// <summary>The stem of a lower-case word; it lives in the stemmer's buffer until the thread's next call.</summary>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        var stemmer = t_stemmer ??= new EnglishStemmer();
        var buffer = stemmer.CurrentBuffer.Length >= word.Length ? stemmer.CurrentBuffer : new char[Math.Max(word.Length, ShortWord)];
        word.CopyTo(buffer);
        stemmer.SetCurrent(buffer, word.Length);
        stemmer.Stem();
        return stemmer.CurrentBuffer.AsSpan(0, stemmer.CurrentBufferLength);
    }

    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
