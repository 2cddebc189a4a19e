using System.ComponentModel.DataAnnotations;

namespace Pms.Web.Components.Forms;

/// <summary>Why an administrator does something that cannot be taken back silently; kept in the audit log.</summary>
public sealed class ReasonModel
{
    [Required(ErrorMessage = "Give the reason; it is kept in the audit log.")]
    [StringLength(500, ErrorMessage = "A reason has at most 500 characters.")]
    public string? Reason { get; set; }
}
