using System.Text.Json;

namespace Sciatica.Cli.Tests.Verbs;

/// <summary><c>check --format sarif|github</c>: what code scanning and a GitHub workflow read, located like the text output.</summary>
public sealed class CheckFormatTests : IDisposable
{
    private readonly TempContent _content = new();

    public CheckFormatTests()
    {
        // The content folder is the repository here, so paths are relative to it: articles/source.md.
        Directory.CreateDirectory(Path.Combine(_content.Root, ".git"));
        _content.WriteArticle("source", "Uncited claim.\n\nSee [gone](/gone) [@guide, rec. 1.1.4; @guide, rec. 1.1.9] [@second, abstract; @second, p. 4].");
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Sarif_names_each_diagnostics_rule_file_line_and_column()
    {
        var (exit, output, _) = Cli.Run("check", "--format", "sarif", "--content", _content.Root);

        Assert.Equal(1, exit);
        var sarif = JsonDocument.Parse(output).RootElement;
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        var run = sarif.GetProperty("runs").EnumerateArray().Single();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("version").GetString());
        Assert.StartsWith("file:///", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        var brokenLink = rules.Single(r => r.GetProperty("id").GetString() == "SCI031");
        Assert.Equal("BrokenLink", brokenLink.GetProperty("name").GetString());
        Assert.StartsWith("A link to a page of this site goes nowhere", brokenLink.GetProperty("shortDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("publish the target", brokenLink.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("README.md#diagnostic-codes", brokenLink.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Equal("error", brokenLink.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("warning", rules.Single(r => r.GetProperty("id").GetString() == "SCI024").GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var baseUri = run.GetProperty("originalUriBaseIds").GetProperty("REPOROOT").GetProperty("uri").GetString();
        Assert.EndsWith("/", baseUri, StringComparison.Ordinal);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["SCI024", "SCI001", "SCI031"], results.Select(r => r.GetProperty("ruleId").GetString()));
        foreach (var result in results)
        {
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        }

        var link = results[2];
        Assert.Equal("error", link.GetProperty("level").GetString());
        Assert.Contains("'/gone'", link.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var location = link.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("articles/source.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("REPOROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.True(File.Exists(new Uri(new Uri(baseUri!), "articles/source.md").LocalPath), "the base id and the path lead to the file");
        Assert.Equal(12, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("warning", results[0].GetProperty("level").GetString());
        Assert.Equal("references.yaml", results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Github_prints_one_workflow_annotation_per_diagnostic()
    {
        var (exit, output, _) = Cli.Run("check", "--format", "github", "--content", _content.Root);

        Assert.Equal(1, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("::warning file=references.yaml,line=", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("::error file=articles/source.md,line=10,col=1,title=SCI001::SCI001 paragraph makes a claim without a citation", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("::error file=articles/source.md,line=12,col=5,title=SCI031::SCI031 ", lines[2], StringComparison.Ordinal);
    }
}
