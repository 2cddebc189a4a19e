using System.Net.Mail;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure.EntityConfigurations;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Phones;

namespace Pms.Patients.Services;

/// <summary>Field rules of a patient record; every broken rule is reported under its field's name.</summary>
public static class PatientValidator
{
    public const int OldestAgeInYears = 130;

    /// <param name="phoneRegion">The region of a phone number typed without its country code.</param>
    public static Outcome<ValidPatientDetails> Validate(PatientDetailsRequest request, DateOnly today, string phoneRegion)
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

        var sex = ParseSex(request.Sex);
        if (sex is null)
        {
            errors["sex"] = [$"Sex must be one of {string.Join(", ", Enum.GetNames<Sex>())}."];
        }

        if (!IsPhoneOrBlank(request.PhoneNumber, phoneRegion))
        {
            errors["phoneNumber"] = [PhoneProblem(phoneRegion)];
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
            if (!IsPhoneOrBlank(contact.PhoneNumber, phoneRegion))
            {
                errors["emergencyContact.phoneNumber"] = [PhoneProblem(phoneRegion)];
            }
        }

        if (errors.Count > 0 || request is not { FirstName: { } firstName, LastName: { } lastName, DateOfBirth: { } validDateOfBirth } || sex is not { } validSex)
        {
            return new FieldErrors(errors);
        }

        var stored = request.WithPhonesInE164(phoneRegion);
        return new ValidPatientDetails(firstName.Trim(), lastName.Trim(), validDateOfBirth, validSex, NullIfBlank(stored.PhoneNumber), NullIfBlank(stored.Email),
            stored.Address, stored.EmergencyContact, stored.Version);
    }

    public static Sex? ParseSex(string? value) =>
        Enum.GetNames<Sex>().FirstOrDefault(name => string.Equals(name, value?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<Sex>(name)
            : null;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsPhoneOrBlank(string? value, string region) =>
        string.IsNullOrWhiteSpace(value) || (value.Trim().Length <= PatientConfiguration.PhoneLength && E164.From(value, region) is not null);

    private static string PhoneProblem(string region) =>
        $"This is not a phone number. Write it with its area code, and with its country code (such as +44) unless it is a number of {region}.";

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
