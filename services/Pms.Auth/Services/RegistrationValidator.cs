using System.Net.Mail;
using Pms.Auth.Dtos;
using Pms.Contracts;
using Pms.ServiceDefaults.Apis;
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
    public static Outcome<ValidRegistration> Validate(RegisterRequest request, DateOnly today, string phoneRegion)
    {
        var errors = AccountErrors(request.Email, request.Password, request.FirstName, request.LastName);
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

        return errors.Count == 0 && Account(request.Email, request.Password, request.FirstName, request.LastName) is { } account && request.DateOfBirth is { } dateOfBirth
            ? new ValidRegistration(account, E164.From(request.PhoneNumber, phoneRegion), dateOfBirth, request.Sex)
            : new FieldErrors(errors);
    }

    /// <summary>An account staff create for a colleague: no date of birth, and only the given staff roles.</summary>
    public static Outcome<ValidStaffAccount> ValidateStaff(CreateUserRequest request, IReadOnlyCollection<string> staffRoles)
    {
        var errors = AccountErrors(request.Email, request.Password, request.FirstName, request.LastName);
        var roles = request.Roles?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (roles.Count == 0 || roles.Exists(requested => !staffRoles.Contains(requested, StringComparer.Ordinal)))
        {
            errors["roles"] = [$"Choose one or more of {string.Join(", ", staffRoles)}; patients register themselves."];
        }

        return errors.Count == 0 && Account(request.Email, request.Password, request.FirstName, request.LastName) is { } account
            ? new ValidStaffAccount(account, roles)
            : new FieldErrors(errors);
    }

    public static string? DateOfBirthError(DateOnly? dateOfBirth, DateOnly today) => dateOfBirth switch
    {
        null => "The date of birth is required.",
        { } date when date > today || date < EarliestBirthDate => "The date of birth must be a past date after 1900-01-01.",
        _ => null,
    };

    private static Dictionary<string, string[]> AccountErrors(string? email, string? password, string? firstName, string? lastName)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254 || !MailAddress.TryCreate(email.Trim(), out _))
        {
            errors["email"] = ["A valid email address is required."];
        }

        if (password is null || password.Length < MinimumPasswordLength || password.Length > MaximumPasswordLength)
        {
            errors["password"] = [$"The password must have {MinimumPasswordLength} to {MaximumPasswordLength} characters."];
        }

        RequireName(errors, "firstName", firstName);
        RequireName(errors, "lastName", lastName);
        return errors;
    }

    /// <summary>The account once <see cref="AccountErrors"/> found nothing wrong.</summary>
    private static ValidAccount? Account(string? email, string? password, string? firstName, string? lastName) =>
        email is not null && password is not null && firstName is not null && lastName is not null
            ? new ValidAccount(email.Trim(), password, firstName, lastName)
            : null;

    private static void RequireName(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > MaximumNameLength)
        {
            errors[field] = [$"A name of 1 to {MaximumNameLength} characters is required."];
        }
    }
}
