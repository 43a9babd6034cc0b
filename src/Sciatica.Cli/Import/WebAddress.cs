using System.Globalization;

namespace Sciatica.Cli.Import;

/// <summary>
/// Whether two URLs name the same page as an editor would see it: http and https, the host's case, a leading
/// <c>www.</c>, a trailing slash and a <c>#fragment</c> make no difference; the path (its case too) and the query do.
/// </summary>
public static class WebAddress
{
    public static bool Same(string url, string? other) =>
        other is not null && string.Equals(Key(url), Key(other), StringComparison.Ordinal);

    private static string Key(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return url.Trim();
        }

        var host = uri.IdnHost.StartsWith("www.", StringComparison.Ordinal) ? uri.IdnHost[4..] : uri.IdnHost;
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return host + port + uri.AbsolutePath.TrimEnd('/') + uri.Query;
    }
}
