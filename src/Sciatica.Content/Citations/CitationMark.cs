using Sciatica.Content.References;

namespace Sciatica.Content.Citations;

/// <summary>One citation item on a page: the source, the finding it names (if any) and the id of its number's anchor.</summary>
public sealed record CitationMark(Reference Reference, Finding? Finding, string AnchorId);
