using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Sciatica.Content.Rendering.DecisionAids;

/// <summary>
/// The containers a decision aid is written with (content/README.md, "Decision aids"): pictures of numbers,
/// an option grid, and form controls the reader fills in on their own device.
/// </summary>
public static class DecisionAidBlocks
{
    /// <summary><c>::: icon-array GROUP</c> around one cited sentence giving "N in 100".</summary>
    public const string IconArray = "icon-array";

    /// <summary><c>::: option-grid</c> around one table: options as columns, questions as rows.</summary>
    public const string OptionGrid = "option-grid";

    /// <summary><c>::: scale QUESTION</c>: each list item a statement the reader rates.</summary>
    public const string Scale = "scale";

    /// <summary><c>::: choose-one QUESTION</c>: each list item an answer; one can be ticked.</summary>
    public const string ChooseOne = "choose-one";

    /// <summary><c>::: choose-any QUESTION</c>: each list item can be ticked.</summary>
    public const string ChooseAny = "choose-any";

    /// <summary><c>::: write LABEL</c>: a box to write in.</summary>
    public const string Write = "write";

    /// <summary><c>::: answer QUESTION</c>: a question whose cited answer opens in place (<c>&lt;details&gt;</c>), to check understanding.</summary>
    public const string Answer = "answer";

    /// <summary>The answers of a <see cref="Scale"/>, the same for every statement so the reader compares like with like.</summary>
    public static IReadOnlyList<string> ScalePoints { get; } = ["Not at all", "A little", "Quite a lot", "Very much"];

    /// <summary>Form blocks hold the reader's own answers, not claims: like notes, they need no citation.</summary>
    public static bool IsForm(string? info) => info is Scale or ChooseOne or ChooseAny or Write;

    /// <summary>Whether a block sits inside a container of one of these kinds (checked by the container's name).</summary>
    public static bool IsInside(Block block, Func<string?, bool> kind)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer container && kind(container.Info))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The control names of one block: unique on the page because no two blocks start on the same line.</summary>
    public static string IdOf(CustomContainer container) => $"aid-{container.Line + 1}";
}
