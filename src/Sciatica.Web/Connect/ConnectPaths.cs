using Sciatica.Content;
using Sciatica.Content.Codes;

namespace Sciatica.Web.Connect;

/// <summary>
/// Where the link service answers: <c>/connect?…</c> with MedlinePlus Connect's parameters, and the same answers as
/// files, <c>/connect/{system}/{code}.{xml|json|html}</c>, one per declared code and format, which the static export writes.
/// </summary>
public static class ConnectPaths
{
    public const string Service = "/connect";

    public static string For(CodeSystem system, string code, ConnectFormat format) => $"{Service}/{system.Name}/{code}.{format.Extension}";

    /// <summary>Every file of the service for the content: what the warm-up keeps and the static export writes.</summary>
    public static IEnumerable<string> Files(ContentSnapshot snapshot) =>
        snapshot.Codes.All.SelectMany(c => ConnectFormat.All.Select(f => For(c.System, c.Code, f)));
}
