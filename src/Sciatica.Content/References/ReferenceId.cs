namespace Sciatica.Content.References;

/// <summary>The shape of a citation key: letters, digits and <c>_ - : .</c>, starting with a letter or digit.</summary>
public static class ReferenceId
{
    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || !char.IsAsciiLetterOrDigit(id[0]) || !char.IsAsciiLetterOrDigit(id[^1]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or ':' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
