using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using QRCoder;
using Sciatica.Web.Site;

namespace Sciatica.Web.Tests.Site;

public sealed partial class QrCodeRendererTests
{
    [Theory]
    [InlineData("https://sciatica.example/overview")]
    [InlineData("http://localhost:5080/injections-and-surgery#what-surgery-involves")]
    public void The_drawing_has_exactly_the_dark_modules_of_the_code_for_the_url(string url)
    {
        using var expected = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var size = expected.ModuleMatrix.Count;

        var svg = new HtmlParser().ParseDocument(new QrCodeRenderer().Svg(url)).QuerySelector("svg")!;
        Assert.Equal($"0 0 {size} {size}", svg.GetAttribute("viewBox"));
        var drawn = DarkModules(svg.QuerySelector("path")!.GetAttribute("d")!, size);

        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                Assert.True(expected.ModuleMatrix[y][x] == drawn[y, x], $"module ({x}, {y})");
            }
        }
    }

    /// <summary>Reads the path back: "M x y.5 h n" starts a row's first stroke, "m dx 0 h n" the next one in the row.</summary>
    private static bool[,] DarkModules(string path, int size)
    {
        var dark = new bool[size, size];
        var (penX, y) = (0, 0);
        foreach (Match stroke in Stroke().Matches(path))
        {
            var (dx, length) = (Number(stroke, "x"), Number(stroke, "length"));
            if (stroke.Groups["move"].Value == "M")
            {
                (penX, y) = (dx, Number(stroke, "y"));
            }
            else
            {
                Assert.Equal("0", stroke.Groups["y"].Value);
                penX += dx;
            }

            for (var x = penX; x < penX + length; x++)
            {
                dark[y, x] = true;
            }

            penX += length;
        }

        Assert.Equal(path, string.Concat(Stroke().Matches(path).Select(m => m.Value)));
        return dark;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<move>[Mm])(?<x>\d+) (?<y>\d+)(?:\.5)?h(?<length>\d+)")]
    private static partial Regex Stroke();
}
