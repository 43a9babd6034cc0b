using System.Globalization;
using ScaleContent;

// Usage: ScaleContent <out-dir> <count>: writes a content folder of <count> synthetic articles.
if (args is not [var folder, var countText] || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
{
    Console.Error.WriteLine("usage: ScaleContent <out-dir> <count>");
    return 2;
}

SyntheticContent.Write(folder, count);
Console.WriteLine($"wrote {count} articles to {folder}");
return 0;
