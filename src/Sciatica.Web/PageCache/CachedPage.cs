using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Sciatica.Web.PageCache;

/// <summary>
/// One page as rendered from one content version, with its status (200, or the 404 and 429 pages). The
/// compressed forms are made the first time a client asks for them, so start-up and the first request do
/// not wait for Brotli's slowest setting.
/// </summary>
public sealed class CachedPage
{
    private readonly Lazy<EncodedBody> _brotli;
    private readonly Lazy<EncodedBody> _gzip;

    public CachedPage(byte[] html, string contentType, DateTimeOffset lastModified, int statusCode = StatusCodes.Status200OK)
    {
        ContentType = contentType;
        StatusCode = statusCode;
        // HTTP dates have whole seconds; comparing If-Modified-Since needs the same precision.
        LastModified = DateTimeOffset.FromUnixTimeSeconds(lastModified.ToUnixTimeSeconds());
        LastModifiedHeader = LastModified.ToString("R", CultureInfo.InvariantCulture);
        Plain = EncodedBody.Plain(html);
        _brotli = new(() => EncodedBody.Compressed(html, ContentCoding.Brotli));
        _gzip = new(() => EncodedBody.Compressed(html, ContentCoding.Gzip));
    }

    public StringValues ContentType { get; }

    public int StatusCode { get; }

    public DateTimeOffset LastModified { get; }

    public StringValues LastModifiedHeader { get; }

    public EncodedBody Plain { get; }

    public EncodedBody In(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => _brotli.Value,
        ContentCoding.Gzip => _gzip.Value,
        _ => Plain,
    };
}
