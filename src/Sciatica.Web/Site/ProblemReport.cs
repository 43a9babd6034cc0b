namespace Sciatica.Web.Site;

/// <summary>
/// "Report a problem with this page": a <c>mailto:</c> link (no form, no script, no cookie) to <c>Site:FeedbackEmail</c>,
/// with the page's title and address already in the subject and body, so a reader only has to say what is wrong.
/// </summary>
public static class ProblemReport
{
    /// <summary>The link for one page, or null when no feedback address is configured (then no link is shown).</summary>
    public static string? MailtoFor(SiteOptions site, string title, string url)
    {
        if (string.IsNullOrWhiteSpace(site.FeedbackEmail))
        {
            return null;
        }

        // RFC 6068: every character outside the unreserved set is percent-encoded, and line breaks are CRLF.
        var subject = Uri.EscapeDataString($"Problem on the page \"{title}\"");
        var body = Uri.EscapeDataString($"Page: {title}\r\n{url}\r\n\r\nWhat is wrong, and where on the page:\r\n");
        return $"mailto:{site.FeedbackEmail.Trim()}?subject={subject}&body={body}";
    }
}
