namespace Sciatica.Content.Articles;

/// <summary>
/// What a page written as content is. Decided by where the file lies, never by anything written in it, so an
/// article cannot opt out of an article's rules.
/// </summary>
public enum PageKind
{
    /// <summary>A file of <c>articles/</c>: in the menu (it needs an <c>order</c>), and every claim needs a citation.</summary>
    Article,

    /// <summary>
    /// <c>content/about.md</c>, "About this information": how the site is made. Not in the menu (no <c>order</c>); its
    /// framing text needs no citation, though anything it does cite is checked like an article's.
    /// </summary>
    About,
}
