using System.ComponentModel.DataAnnotations;

namespace Sciatica.Web.Content;

/// <summary>The <c>Content</c> configuration section.</summary>
public sealed class ContentOptions : IValidatableObject
{
    public const string Section = "Content";

    /// <summary>The content folder (articles/ and references.yaml). Defaults to the repository's content/.</summary>
    [Required]
    public string Root { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Directory.Exists(Root))
        {
            yield return new ValidationResult($"Content:Root '{Root}' is not a folder. Set it to the folder that holds articles/ and references.yaml.", [nameof(Root)]);
        }
    }
}
