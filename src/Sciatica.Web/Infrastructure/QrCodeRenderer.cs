using System.Collections.Concurrent;
using QRCoder;

namespace Sciatica.Web.Infrastructure;

/// <summary>QR codes as inline SVG, made on the server (no image requests, no JavaScript); cached per URL.</summary>
public sealed class QrCodeRenderer
{
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public string Svg(string url) => _cache.GetOrAdd(url, static u =>
    {
        using var data = QRCodeGenerator.GenerateQrCode(u, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    });
}
