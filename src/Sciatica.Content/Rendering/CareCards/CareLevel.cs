namespace Sciatica.Content.Rendering.CareCards;

/// <summary>
/// One of the three NHS-style care card levels an editor writes as <c>::: emergency</c>, <c>::: urgent</c>
/// or <c>::: routine</c>. The heading is the single source of the words: the site's emergency banner
/// uses <see cref="Emergency"/>'s heading too, so the banner and the card cannot drift apart.
/// </summary>
public sealed record CareLevel(string Name, string Heading, string ScreenReaderPrefix)
{
    public static readonly CareLevel Emergency = new("emergency", "Emergency signs — get help now", "Immediate action required:");

    public static readonly CareLevel Urgent = new("urgent", "Get help today", "Urgent advice:");

    public static readonly CareLevel Routine = new("routine", "See a clinician if this applies", "Non-urgent advice:");

    public static IReadOnlyList<CareLevel> All { get; } = [Emergency, Urgent, Routine];

    public static CareLevel? Find(string? name) => All.FirstOrDefault(l => l.Name == name);
}
