using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Sciatica.Web.PageCache;

/// <summary>The forms a rendered page is kept in: as written, Brotli, gzip.</summary>
public enum ContentCoding
{
    Identity,
    Brotli,
    Gzip,
}

public static class ContentCodings
{
    /// <summary>Brotli if the client takes it, else gzip, else the plain bytes; a quality of 0 means "not this one".</summary>
    public static ContentCoding Preferred(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding) || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted))
        {
            return ContentCoding.Identity;
        }

        bool Accepts(string name) => accepted.Any(e => e.Value.Equals(name, StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);
        return Accepts("br") ? ContentCoding.Brotli : Accepts("gzip") ? ContentCoding.Gzip : ContentCoding.Identity;
    }
}
