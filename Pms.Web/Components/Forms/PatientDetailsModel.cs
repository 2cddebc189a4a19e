using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>
/// A patient's record as the walk-in and record forms edit it: every detail the record has, since saving replaces them
/// all, including those the form does not show.
/// </summary>
public sealed class PatientDetailsModel : IValidatableObject
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

    public List<IdentifierModel> Identifiers { get; init; } = [];

    public bool Active { get; set; } = true;

    public DateTime? DeceasedOn { get; set; }

    [StringLength(35)]
    [RegularExpression("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", ErrorMessage = "Enter a language tag such as en, fr or pt-BR.")]
    public string? PreferredLanguage { get; set; }

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
        Identifiers = [.. patient.Identifiers.Select(identifier => new IdentifierModel { Type = identifier.Type, Value = identifier.Value })],
        Active = patient.Active,
        DeceasedOn = patient.DeceasedOn?.ToDateTime(TimeOnly.MinValue),
        PreferredLanguage = patient.PreferredLanguage,
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
        Version,
        [.. Identifiers.Select(identifier => identifier.ToIdentifier())],
        Active,
        DeceasedOn is { } died ? DateOnly.FromDateTime(died) : null,
        Blank(PreferredLanguage));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DeceasedOn is { } died && (died.Date > DateTime.Today || (DateOfBirth is { } born && died.Date < born.Date)))
        {
            yield return new ValidationResult("The date of death must be between the date of birth and today.", [nameof(DeceasedOn)]);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
