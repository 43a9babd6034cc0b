using System.Net;
using System.Text;

namespace Sciatica.Content.References;

/// <summary>A reference as readers see it (Vancouver order), written once for the popover, the reference list and the references page.</summary>
public static class ReferenceHtml
{
    public static string Of(Reference reference)
    {
        // Authors and source are plain text (nothing styles them): on a page citing thirty sources, wrappers add up.
        var html = new StringBuilder();
        if (reference.AuthorList.Length > 0)
        {
            html.Append(Encode(reference.AuthorList)).Append(". ");
        }

        html.Append("<cite>").Append(Encode(reference.Title)).Append(".</cite> ");
        html.Append(Encode(reference.Source)).Append(' ');
        // A registry error (SCI025-SCI027) does not unpublish pages, so a malformed address must not become a link on them.
        if (reference.Link is { } link && IdentifierShapes.IsWebAddress(link))
        {
            html.Append("<a class=\"ref-link\" href=\"").Append(Encode(link)).Append("\">").Append(Encode(link)).Append("</a> ");
        }

        return html.Append("<span class=\"evidence\">").Append(Encode(reference.Evidence.Label())).Append("</span>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
