namespace Sciatica.Web.PageCache;

/// <summary>
/// Marks a page whose output depends only on the content version and its path (never on the query string,
/// headers or time), so it may be rendered once and kept. Search results, for one, must not carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KeepInPageCacheAttribute : Attribute;
