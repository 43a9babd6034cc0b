using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace Sciatica.Web.PageCache;

/// <summary>The exact bytes sent for one form of a page, with the strong ETag of those bytes (so each form has its own).</summary>
public sealed class EncodedBody
{
    private EncodedBody(byte[] bytes, StringValues contentEncoding)
    {
        Bytes = bytes;
        ContentEncoding = contentEncoding;
        ETag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"";
    }

    public byte[] Bytes { get; }

    /// <summary>Empty for the plain bytes.</summary>
    public StringValues ContentEncoding { get; }

    public StringValues ETag { get; }

    public static EncodedBody Plain(byte[] bytes) => new(bytes, StringValues.Empty);

    /// <summary>Compressed at the smallest size: slow, but done once per page and content version, not per request.</summary>
    public static EncodedBody Compressed(byte[] plain, ContentCoding coding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = coding == ContentCoding.Brotli
            ? new BrotliStream(output, CompressionLevel.SmallestSize)
            : new GZipStream(output, CompressionLevel.SmallestSize))
        {
            compressor.Write(plain);
        }

        return new(output.ToArray(), coding == ContentCoding.Brotli ? "br" : "gzip");
    }
}
