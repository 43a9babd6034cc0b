using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using QRCoder;

namespace Sciatica.Web.Site;

/// <summary>QR codes as inline SVG, made on the server (no image requests, no JavaScript); cached per URL.</summary>
public sealed class QrCodeRenderer
{
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public string Svg(string url) => _cache.GetOrAdd(url, static u =>
    {
        using var data = QRCodeGenerator.GenerateQrCode(u, QRCodeGenerator.ECCLevel.M);
        return Svg(data.ModuleMatrix);
    });

    /// <summary>
    /// Each run of dark modules in a row is one stroke, one module wide, along the row's middle.
    /// QRCoder's own SVG draws a closed rectangle per run: the same picture at about twice the size,
    /// and these bytes are in every article page.
    /// </summary>
    /// <param name="modules">Rows of modules, quiet zone included; true is dark.</param>
    private static string Svg(List<BitArray> modules)
    {
        var size = modules.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var penX = -1; // no stroke in this row yet
            for (var x = 0; x < size; x++)
            {
                if (!modules[y][x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && modules[y][x + 1])
                {
                    x++;
                }

                var length = x + 1 - start;
                if (penX < 0)
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{start} {y}.5h{length}");
                }
                else
                {
                    path.Append(CultureInfo.InvariantCulture, $"m{start - penX} 0h{length}");
                }

                penX = x + 1;
            }
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path stroke="#000" d="{path}"/></svg>""");
    }
}
