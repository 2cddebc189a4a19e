using System.Net.Mail;
using Pms.Patients.Apis;
using Pms.Patients.Infrastructure.EntityConfigurations;
using Pms.Patients.Model;

namespace Pms.Patients.Services;

/// <summary>Field rules of a patient record; every broken rule is reported under its field's name.</summary>
public static class PatientValidator
{
    public const int OldestAgeInYears = 130;
    private const int MinimumPhoneDigits = 7;
    private const int MaximumPhoneDigits = 15;

    public static Dictionary<string, string[]> Validate(PatientDetailsRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        RequireText(errors, "firstName", request.FirstName, PatientConfiguration.NameLength);
        RequireText(errors, "lastName", request.LastName, PatientConfiguration.NameLength);

        if (request.DateOfBirth is not { } dateOfBirth)
        {
            errors["dateOfBirth"] = ["The date of birth is required."];
        }
        else if (dateOfBirth > today || dateOfBirth < today.AddYears(-OldestAgeInYears))
        {
            errors["dateOfBirth"] = [$"The date of birth must be today or earlier, and less than {OldestAgeInYears} years ago."];
        }

        if (ParseSex(request.Sex) is null)
        {
            errors["sex"] = [$"Sex must be one of {string.Join(", ", Enum.GetNames<Sex>())}."];
        }

        if (!IsValidPhone(request.PhoneNumber, required: false))
        {
            errors["phoneNumber"] = [$"A phone number has {MinimumPhoneDigits} to {MaximumPhoneDigits} digits, optionally a leading +, spaces, dashes, dots or parentheses."];
        }

        if (request.Email is { } email && (email.Length > PatientConfiguration.EmailLength || !MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim()))
        {
            errors["email"] = ["The email address is not valid."];
        }

        if (request.Address is { } address)
        {
            OptionalText(errors, "address.line1", address.Line1, PatientConfiguration.AddressPartLength);
            OptionalText(errors, "address.line2", address.Line2, PatientConfiguration.AddressPartLength);
            OptionalText(errors, "address.city", address.City, PatientConfiguration.AddressPartLength);
            OptionalText(errors, "address.region", address.Region, PatientConfiguration.AddressPartLength);
            OptionalText(errors, "address.postalCode", address.PostalCode, 20);
            OptionalText(errors, "address.country", address.Country, PatientConfiguration.AddressPartLength);
        }

        if (request.EmergencyContact is { } contact)
        {
            OptionalText(errors, "emergencyContact.name", contact.Name, PatientConfiguration.AddressPartLength);
            OptionalText(errors, "emergencyContact.relationship", contact.Relationship, PatientConfiguration.NameLength);
            if (!IsValidPhone(contact.PhoneNumber, required: false))
            {
                errors["emergencyContact.phoneNumber"] = ["The emergency contact's phone number is not valid."];
            }
        }

        return errors;
    }

    public static Sex? ParseSex(string? value) =>
        Enum.GetNames<Sex>().FirstOrDefault(name => string.Equals(name, value?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<Sex>(name)
            : null;

    private static bool IsValidPhone(string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return !required;
        }

        var trimmed = value.Trim();
        var digits = trimmed.Count(char.IsAsciiDigit);
        return trimmed.Length <= PatientConfiguration.PhoneLength
            && digits is >= MinimumPhoneDigits and <= MaximumPhoneDigits
            && trimmed.Select((character, index) => char.IsAsciiDigit(character) || character is ' ' or '-' or '.' or '(' or ')' || (character == '+' && index == 0)).All(valid => valid);
    }

    private static void RequireText(Dictionary<string, string[]> errors, string field, string? value, int maximum)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maximum)
        {
            errors[field] = [$"A value of 1 to {maximum} characters is required."];
        }
    }

    private static void OptionalText(Dictionary<string, string[]> errors, string field, string? value, int maximum)
    {
        if (value is { Length: > 0 } && value.Trim().Length > maximum)
        {
            errors[field] = [$"At most {maximum} characters."];
        }
    }
}
