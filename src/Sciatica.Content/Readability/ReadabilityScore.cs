namespace Sciatica.Content.Readability;

/// <summary>Reading-level figures for an article's body text.</summary>
public sealed record ReadabilityScore(int Words, int Sentences, int Syllables, int PolySyllables)
{
    public const double MaxGrade = 8;
    public const double MaxSmog = 9;

    public double FleschKincaidGrade =>
        Words == 0 ? 0 : Math.Round((0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59, 1);

    public double Smog =>
        Sentences == 0 ? 0 : Math.Round((1.043 * Math.Sqrt(PolySyllables * 30.0 / Sentences)) + 3.1291, 1);

    public bool IsTooHard => FleschKincaidGrade > MaxGrade || Smog > MaxSmog;
}
