using Xunit.Abstractions;
using Xunit.Sdk;

namespace Sciatica.TestSupport;

/// <summary>
/// A test that needs programs beyond the SDK: tagged with their categories, and skipped, saying what is missing
/// and which script installs it, when one is not installed (CI fails on any skipped test).
/// </summary>
[TraitDiscoverer("Sciatica.TestSupport.NeedsTraitDiscoverer", "Sciatica.TestSupport")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class NeedsFactAttribute : FactAttribute, ITraitAttribute
{
    public NeedsFactAttribute(params Tool[] tools)
    {
        Tools = tools;
        Skip = TestSupport.Tools.Missing(tools);
    }

    public IReadOnlyList<Tool> Tools { get; }
}

/// <summary>A theory that needs programs beyond the SDK, as <see cref="NeedsFactAttribute"/>.</summary>
[TraitDiscoverer("Sciatica.TestSupport.NeedsTraitDiscoverer", "Sciatica.TestSupport")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class NeedsTheoryAttribute : TheoryAttribute, ITraitAttribute
{
    public NeedsTheoryAttribute(params Tool[] tools)
    {
        Tools = tools;
        Skip = TestSupport.Tools.Missing(tools);
    }

    public IReadOnlyList<Tool> Tools { get; }
}

/// <summary>Gives a test marked with a Needs attribute the trait <c>Category</c> of each tool it needs.</summary>
public sealed class NeedsTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) =>
        traitAttribute.GetConstructorArguments().OfType<Tool[]>().Single()
            .Select(Tools.Category).Distinct().Select(category => new KeyValuePair<string, string>("Category", category));
}
