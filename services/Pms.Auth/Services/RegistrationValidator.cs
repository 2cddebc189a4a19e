using System.Net.Mail;
using Pms.Auth.Dtos;
using Pms.Contracts;
using Pms.ServiceDefaults.Phones;

namespace Pms.Auth.Services;

/// <summary>Field rules of self-registration; Identity checks uniqueness and password policy after these.</summary>
public static class RegistrationValidator
{
    public const int MinimumPasswordLength = 12;
    public const int MaximumPasswordLength = Security.CommonPasswordValidator.MaximumLength;
    private const int MaximumNameLength = 100;
    private const int MaximumPhoneLength = 32;
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <param name="phoneRegion">The region of a phone number typed without its country code.</param>
    public static Dictionary<string, string[]> Validate(RegisterRequest request, DateOnly today, string phoneRegion)
    {
        var errors = new Dictionary<string, string[]>();

        if (string.IsNullOrWhiteSpace(request.Email) || request.Email.Length > 254 || !MailAddress.TryCreate(request.Email.Trim(), out _))
        {
            errors["email"] = ["A valid email address is required."];
        }

        if (request.Password is null || request.Password.Length < MinimumPasswordLength || request.Password.Length > MaximumPasswordLength)
        {
            errors["password"] = [$"The password must have {MinimumPasswordLength} to {MaximumPasswordLength} characters."];
        }

        RequireName(errors, "firstName", request.FirstName);
        RequireName(errors, "lastName", request.LastName);

        if (!string.IsNullOrWhiteSpace(request.PhoneNumber) && (request.PhoneNumber.Length > MaximumPhoneLength || E164.From(request.PhoneNumber, phoneRegion) is null))
        {
            errors["phoneNumber"] = [$"This is not a phone number. Write it with its area code, and with its country code (such as +44) unless it is a number of {phoneRegion}."];
        }

        if (request.Sex is not null && PatientSexes.Parse(request.Sex) is null)
        {
            errors["sex"] = [$"Sex is one of {string.Join(", ", PatientSexes.All)}."];
        }

        if (DateOfBirthError(request.DateOfBirth, today) is { } dateOfBirthError)
        {
            errors["dateOfBirth"] = [dateOfBirthError];
        }

        return errors;
    }

    public static string? DateOfBirthError(DateOnly? dateOfBirth, DateOnly today) => dateOfBirth switch
    {
        null => "The date of birth is required.",
        { } date when date > today || date < EarliestBirthDate => "The date of birth must be a past date after 1900-01-01.",
        _ => null,
    };

    private static void RequireName(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > MaximumNameLength)
        {
            errors[field] = [$"A name of 1 to {MaximumNameLength} characters is required."];
        }
    }
}
