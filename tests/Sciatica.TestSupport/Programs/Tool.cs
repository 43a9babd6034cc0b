namespace Sciatica.TestSupport;

/// <summary>
/// A program some tests drive beyond the .NET SDK. <c>tests/setup.sh</c> installs every one; each gives its tests
/// a category (<see cref="Tools.Category"/>) so the fast loop can leave them out.
/// </summary>
public enum Tool
{
    /// <summary>Debian's Chromium, driven by Playwright.</summary>
    Chromium,

    /// <summary>Debian's poppler-utils (<c>pdfinfo</c>, <c>pdftotext</c>), reading a page Chromium printed to PDF.</summary>
    Poppler,

    /// <summary>Debian's nginx, serving a static export with the documented configuration.</summary>
    Nginx,

    /// <summary>The Nu Html Checker (npm's <c>vnu-jar</c> in <c>.tools/vnu</c>) and the Java that runs it.</summary>
    NuHtmlChecker,

    /// <summary>Pagefind, which <c>export</c> runs through npx, already in npm's cache (the tests run npx offline).</summary>
    Pagefind,

    /// <summary>Citation.js (npm, in <c>.tools/citation-js</c>) and the Node.js that runs it.</summary>
    CitationJs,

    /// <summary>HTML_CodeSniffer (npm's <c>html_codesniffer</c>, in <c>.tools/html_codesniffer</c>), run inside Chromium's page.</summary>
    CodeSniffer,
}
