using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

public sealed class BookingModel
{
    [Required(ErrorMessage = "Choose a doctor.")]
    public Guid? DoctorId { get; set; }

    [Required(ErrorMessage = "Choose one of the free times.")]
    public DateTimeOffset? StartsAt { get; set; }

    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    public string? Reason { get; set; }

    public NewAppointment ToNewAppointment(Guid? patientId) =>
        new(DoctorId!.Value, StartsAt!.Value, patientId, string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim());
}
