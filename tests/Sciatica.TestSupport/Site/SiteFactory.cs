using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Sciatica.TestSupport;

/// <summary>The real site, in memory, over a content folder (the test fixture by default).</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    /// <summary>The public address the site is given outside Development, where one is required.</summary>
    public const string PublicAddress = "https://sciatica.test";

    public static readonly string FixtureContent = Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    public SiteFactory(string? contentRoot = null, string environment = "Production")
    {
        ContentRoot = contentRoot ?? FixtureContent;
        Environment = environment;
    }

    public string ContentRoot { get; }

    public string Environment { get; }

    /// <summary>The site's clock: fixed, so what it reports about review dates never depends on the day the tests run.</summary>
    public FakeTimeProvider Clock { get; } = TestClock.Fixed();

    /// <summary>Extra configuration, e.g. <c>Site:BaseUrl</c>.</summary>
    public IDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // Assets come from the build, not a publish: let the site find the build's precompressed copies.
        builder.UseStaticWebAssets();
        builder.UseSetting("Content:Root", ContentRoot);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        if (Environment != Environments.Development)
        {
            builder.UseSetting("Site:BaseUrl", PublicAddress);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>GETs a page and parses it, whatever the status (so tests can read a 404 page too).</summary>
    public async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(string url)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return (response, document);
    }

    public async Task<IDocument> GetDocumentAsync(string url)
    {
        var (response, document) = await GetPageAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return document;
    }

    /// <summary>Submits a GET form as a browser does: to its action, each named field with the value given or the one it shows.</summary>
    public Task<IDocument> SubmitAsync(IElement form, params (string Name, string Value)[] values)
    {
        Assert.Equal("get", form.GetAttribute("method"), ignoreCase: true);
        var fields = form.QuerySelectorAll("input[name]").Select(input => input.GetAttribute("name")!).Select(name =>
            (name, values.FirstOrDefault(v => v.Name == name).Value ?? form.Required($"input[name='{name}']").GetAttribute("value") ?? ""));
        return GetDocumentAsync($"{form.GetAttribute("action")}?{string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.name)}={Uri.EscapeDataString(f.Item2)}"))}");
    }
}

public static class DocumentExtensions
{
    public static IElement Required(this IParentNode node, string selector) =>
        node.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no element matches '{selector}'");

    /// <summary>The text as a reader sees it: each run of spaces and line breaks read as one space.</summary>
    public static string VisibleText(this INode node) =>
        string.Join(' ', node.TextContent.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
