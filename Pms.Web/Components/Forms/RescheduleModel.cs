using System.ComponentModel.DataAnnotations;

namespace Pms.Web.Components.Forms;

public sealed class RescheduleModel
{
    [Required(ErrorMessage = "Choose one of the free times.")]
    public DateTimeOffset? StartsAt { get; set; }

    [Required(ErrorMessage = "Say why the appointment moves.")]
    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    public string? Reason { get; set; }
}
