using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>A patient's record as the walk-in and contact forms edit it.</summary>
public sealed class PatientDetailsModel
{
    [Required(ErrorMessage = "Enter the first name.")]
    [StringLength(100)]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessage = "Enter the last name.")]
    [StringLength(100)]
    public string LastName { get; set; } = "";

    [Required(ErrorMessage = "Enter the date of birth.")]
    public DateTime? DateOfBirth { get; set; }

    [Required(ErrorMessage = "Choose one.")]
    public string Sex { get; set; } = "";

    [Phone(ErrorMessage = "Enter a valid phone number.")]
    public string? PhoneNumber { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string? Email { get; set; }

    [StringLength(200)]
    public string? Line1 { get; set; }

    [StringLength(200)]
    public string? Line2 { get; set; }

    [StringLength(200)]
    public string? City { get; set; }

    [StringLength(200)]
    public string? Region { get; set; }

    [StringLength(20)]
    public string? PostalCode { get; set; }

    [StringLength(200)]
    public string? Country { get; set; }

    [StringLength(200)]
    public string? EmergencyContactName { get; set; }

    [StringLength(100)]
    public string? EmergencyContactRelationship { get; set; }

    [Phone(ErrorMessage = "Enter a valid phone number.")]
    public string? EmergencyContactPhoneNumber { get; set; }

    public uint? Version { get; set; }

    public static PatientDetailsModel From(Patient patient) => new()
    {
        FirstName = patient.FirstName,
        LastName = patient.LastName,
        DateOfBirth = patient.DateOfBirth.ToDateTime(TimeOnly.MinValue),
        Sex = patient.Sex,
        PhoneNumber = patient.PhoneNumber,
        Email = patient.Email,
        Line1 = patient.Address?.Line1,
        Line2 = patient.Address?.Line2,
        City = patient.Address?.City,
        Region = patient.Address?.Region,
        PostalCode = patient.Address?.PostalCode,
        Country = patient.Address?.Country,
        EmergencyContactName = patient.EmergencyContact?.Name,
        EmergencyContactRelationship = patient.EmergencyContact?.Relationship,
        EmergencyContactPhoneNumber = patient.EmergencyContact?.PhoneNumber,
        Version = patient.Version,
    };

    public PatientDetails ToDetails() => new(
        FirstName.Trim(),
        LastName.Trim(),
        DateOfBirth is { } born ? DateOnly.FromDateTime(born) : null,
        Sex,
        Blank(PhoneNumber),
        Blank(Email),
        new[] { Line1, Line2, City, Region, PostalCode, Country }.All(string.IsNullOrWhiteSpace)
            ? null
            : new Address(Blank(Line1), Blank(Line2), Blank(City), Blank(Region), Blank(PostalCode), Blank(Country)),
        new[] { EmergencyContactName, EmergencyContactRelationship, EmergencyContactPhoneNumber }.All(string.IsNullOrWhiteSpace)
            ? null
            : new EmergencyContact(Blank(EmergencyContactName), Blank(EmergencyContactRelationship), Blank(EmergencyContactPhoneNumber)),
        Version);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
