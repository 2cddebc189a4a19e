using System.ComponentModel.DataAnnotations;
using Pms.Contracts;

namespace Pms.Web.Components.Forms;

public sealed class RegistrationModel : IValidatableObject
{
    [Required(ErrorMessage = "Enter your first name.")]
    [StringLength(100)]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessage = "Enter your last name.")]
    [StringLength(100)]
    public string LastName { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = "";

    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [StringLength(32)]
    public string? PhoneNumber { get; set; }

    [Required(ErrorMessage = "Enter your date of birth.")]
    public DateTime? DateOfBirth { get; set; }

    public string Sex { get; set; } = PatientSexes.Unknown;

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(128, MinimumLength = 12, ErrorMessage = "Use 12 to 128 characters; a few unrelated words make a strong password.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DateOfBirth is { } born && born.Date >= DateTime.Today)
        {
            yield return new ValidationResult("The date of birth must be in the past.", [nameof(DateOfBirth)]);
        }
    }
}
