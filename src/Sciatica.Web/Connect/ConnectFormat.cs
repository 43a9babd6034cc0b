namespace Sciatica.Web.Connect;

/// <summary>The three answers MedlinePlus Connect gives, by <c>knowledgeResponseType</c>, with the file extension the static export uses.</summary>
public sealed record ConnectFormat(string MediaType, string Extension, string ContentType)
{
    public static readonly ConnectFormat Xml = new("text/xml", "xml", "text/xml; charset=utf-8");
    public static readonly ConnectFormat Json = new("application/json", "json", "application/json; charset=utf-8");
    public static readonly ConnectFormat Html = new("text/html", "html", "text/html; charset=utf-8");

    public static IReadOnlyList<ConnectFormat> All { get; } = [Xml, Json, Html];

    public static ConnectFormat? WithMediaType(string mediaType) => All.FirstOrDefault(f => f.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase));

    public static ConnectFormat? WithExtension(string extension) => All.FirstOrDefault(f => f.Extension == extension);
}
