using System.Net;
using Microsoft.Extensions.Options;

namespace Sciatica.Web.Site;

/// <summary>
/// A site outside Development must know its public address: otherwise canonical URLs, the sitemap, the feed and
/// the printed handout's URL and QR code would point at the machine it runs on. Development keeps a local default
/// (appsettings.Development.json).
/// </summary>
public sealed class SiteOptionsValidation(IHostEnvironment environment) : IValidateOptions<SiteOptions>
{
    private const string Key = $"{SiteOptions.Section}:{nameof(SiteOptions.BaseUrl)}";
    private const string Advice = $"set it to the site's public address, e.g. {SiteOptions.Section}__{nameof(SiteOptions.BaseUrl)}=https://sciatica.example.org";

    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        var value = options.BaseUrl;
        if (string.IsNullOrWhiteSpace(value))
        {
            return ValidateOptionsResult.Fail($"{Key} is not set; {Advice}.");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return ValidateOptionsResult.Fail($"{Key} '{value}' is not an http or https address; {Advice}.");
        }

        if (IsLoopback(url) && !environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail($"{Key} '{value}' is this machine's own address, which readers cannot reach; in {environment.EnvironmentName} {Advice}.");
        }

        return FeedbackEmailProblem(options.FeedbackEmail) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    /// <summary>A bare address (no display name, no "?" or "&amp;" that would break the mailto: link), or none at all.</summary>
    private static string? FeedbackEmailProblem(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (System.Net.Mail.MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && value.IndexOfAny(['?', '&', '%']) < 0)
            ? null
            : $"{SiteOptions.Section}:{nameof(SiteOptions.FeedbackEmail)} '{value}' is not an e-mail address; write it bare, e.g. corrections@sciatica.example.org";

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
