using System.ComponentModel.DataAnnotations;

namespace Pms.Web.Components.Forms;

public sealed class CancellationModel
{
    [Required(ErrorMessage = "Say why the appointment is cancelled.")]
    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    public string? Reason { get; set; }
}
