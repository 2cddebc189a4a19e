using System.Net.Mail;
using Pms.Auth.Apis;

namespace Pms.Auth.Services;

/// <summary>Field rules of self-registration; Identity checks uniqueness and password policy after these.</summary>
public static class RegistrationValidator
{
    public const int MinimumPasswordLength = 12;
    public const int MaximumPasswordLength = Security.CommonPasswordValidator.MaximumLength;
    private const int MaximumNameLength = 100;
    private const int MaximumPhoneLength = 32;
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public static Dictionary<string, string[]> Validate(RegisterRequest request, DateOnly today)
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

        if (request.PhoneNumber is { Length: > MaximumPhoneLength })
        {
            errors["phoneNumber"] = [$"The phone number must have at most {MaximumPhoneLength} characters."];
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
