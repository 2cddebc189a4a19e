using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

public sealed class DoctorProfileModel
{
    /// <summary>The IANA zones this server knows, the only kind patient-service accepts.</summary>
    public static IReadOnlyList<string> TimeZones { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(zone => zone.HasIanaId).Select(zone => zone.Id).Order(StringComparer.Ordinal)];

    /// <summary>The doctor's account, whose id the profile takes.</summary>
    [Required(ErrorMessage = "Choose the doctor's account.")]
    public Guid? Id { get; set; }

    [Required(ErrorMessage = "Enter the first name.")]
    [StringLength(100)]
    public string? FirstName { get; set; }

    [Required(ErrorMessage = "Enter the last name.")]
    [StringLength(100)]
    public string? LastName { get; set; }

    [Required(ErrorMessage = "Enter the specialty.")]
    [StringLength(100)]
    public string? Specialty { get; set; }

    [Required(ErrorMessage = "Choose the consultation fee.")]
    public string? ConsultationFeeCode { get; set; }

    /// <summary>Left empty, the hospital's default zone.</summary>
    public string? TimeZone { get; set; }

    public NewDoctor ToNewDoctor() =>
        new(Id!.Value, FirstName!.Trim(), LastName!.Trim(), Specialty!.Trim(), ConsultationFeeCode!, string.IsNullOrWhiteSpace(TimeZone) ? null : TimeZone);
}
