using System.Text.RegularExpressions;
using Markdig.Syntax;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Prose;

namespace Sciatica.Content.Rules.Page;

/// <summary>
/// NICE NG59 advises against gabapentinoids, other antiepileptics, oral corticosteroids and benzodiazepines for sciatica,
/// and opioids for long-lasting sciatica. A page may name them, and should say so, but never present one as a treatment
/// to try. A sentence is judged with what surrounds it: a neutral mention ("Benzodiazepines.") takes its sense from the
/// rest of its paragraph or list item, then the "…:" introduction of its list, then its section's heading; a steroid
/// named beside an injection is the injection, not steroid tablets.
/// </summary>
public sealed partial class AdvisedAgainstMedicines : IPageRule
{
    public static readonly Rule AdvisedAgainstMedicine = new(
        "SCI101", nameof(AdvisedAgainstMedicine), Severity.Error, RuleScope.Page,
        "A medicine NICE advises against for sciatica (gabapentinoids, other antiepileptics, steroid tablets, benzodiazepines; opioids for long-lasting sciatica) is presented as a treatment to try",
        "Say in the sentence, or in the \"…:\" introduction of its list, that NICE advises against it, or remove it; a steroid injection is a different treatment");

    private enum Sense
    {
        Neutral,
        Against,
        For,
    }

    public IReadOnlyList<Rule> Reports { get; } = [AdvisedAgainstMedicine];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        foreach (var sentence in Passage.In(page.Document).SelectMany(p => p.Sentences))
        {
            if (Mentioned(sentence) is not { } medicine || Passes(sentence))
            {
                continue;
            }

            var (line, column) = sentence.At(medicine.Index);
            diagnostics.Report(AdvisedAgainstMedicine, line, column,
                $"'{medicine.Value}' reads as a treatment to try, but NICE advises against it for sciatica (NG59): say that here or in its list's introduction, or remove it");
        }
    }

    /// <summary>The first medicine NICE advises against that the sentence names; a plain "steroid" in a paragraph or section about an injection is the injection's.</summary>
    private static Match? Mentioned(Sentence sentence)
    {
        var named = AdvisedAgainst().Match(sentence.Text);
        if (named.Success)
        {
            return named;
        }

        var steroid = BareSteroid().Match(sentence.Text);
        var heading = Surroundings.SectionHeading(sentence.Passage.Block) is { } h ? Passage.Of(h).Text : "";
        return steroid.Success && !Injection().IsMatch(sentence.Passage.Text) && !Injection().IsMatch(heading) ? steroid : null;
    }

    private static bool Passes(Sentence sentence) => Judge(sentence.Text) switch
    {
        Sense.Against => true,
        Sense.For => PastAdvice().IsMatch(sentence.Text) && Context(sentence) == Sense.Against,
        _ => Context(sentence) != Sense.For,
    };

    /// <summary>The sense of the sentence's surroundings, nearest first: the rest of its paragraph or list item, its list's introduction, its section's heading.</summary>
    private static Sense Context(Sentence sentence)
    {
        var block = sentence.Passage.Block;
        var own = block.Parent is ListItemBlock item ? item.OfType<LeafBlock>().Select(Passage.Of) : [sentence.Passage];
        var others = own.SelectMany(p => p.Sentences).Where(s => s.Passage.Block != block || s.Start != sentence.Start).Select(s => Judge(s.Text)).ToList();
        if (others.Contains(Sense.For))
        {
            return Sense.For;
        }

        if (others.Contains(Sense.Against))
        {
            return Sense.Against;
        }

        foreach (var leaf in new LeafBlock?[] { Surroundings.ListIntroduction(block), Surroundings.SectionHeading(block) }.OfType<LeafBlock>())
        {
            if (Judge(Passage.Of(leaf).Text) is not Sense.Neutral and var sense)
            {
                return sense;
            }
        }

        return Sense.Neutral;
    }

    /// <summary>A sentence that says no, warns or advises against is against, whatever else it says; else one that recommends is for.</summary>
    private static Sense Judge(string text) =>
        Against().IsMatch(text) ? Sense.Against : For().IsMatch(text) ? Sense.For : Sense.Neutral;

    [GeneratedRegex(@"\b(?:gabapentinoids?|pregabalin|gabapentin|anti-?epileptics?|anticonvulsants?|(?:drugs?|medicines?) for epilepsy|carbamazepine|topiramate|benzodiazepines?|diazepam|lorazepam|temazepam|opioids?|codeine|dihydrocodeine|tramadol|morphine|oxycodone|oral (?:cortico)?steroids?|(?:cortico)?steroids? (?:tablets?|pills?|liquids?|(?:taken )?by mouth)|prednisolone|prednisone)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdvisedAgainst();

    [GeneratedRegex(@"\b(?:cortico)?steroids?\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareSteroid();

    [GeneratedRegex(@"\b(?:inject\w*|epidurals?|shots?|jabs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Injection();

    [GeneratedRegex(@"\b(?:not|no|never|don't|doesn't|didn't|cannot|can't|avoid\w*|against|harm\w*|danger\w*|risks?|risky|withdrawal|misuse|depend\w*|addict\w*|side effects?|less|worse|instead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Against();

    [GeneratedRegex(@"\b(?:helps|helped|helpful|(?:can|may|might|could|will|should|does|do|to)(?: \w+)? help|eases?|eased|easing|relieves?|relieved|relief|works?|worked|try|tried|consider\w*|think about|recommend\w*|suggest\w*|offer\w*|prescribed? for|treats?|treated|treatment|good for|effective|benefits?|worth|best|first choice|(?:can|could|may|should) take|ask (?:your|a) (?:gp|doctor|pharmacist) (?:for|about))\b", RegexOptions.IgnoreCase)]
    private static partial Regex For();

    /// <summary>Advice reported as past ("In 2016, NICE's advice said…", "doctors used to…"), true when its context says it has changed.</summary>
    [GeneratedRegex(@"\b(?:(?:in|until|before|up to) (?:19|20)\d\d|used to|at one time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastAdvice();
}
