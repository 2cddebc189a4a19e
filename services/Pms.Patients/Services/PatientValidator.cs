using System.Net.Mail;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure.EntityConfigurations;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Phones;

namespace Pms.Patients.Services;

/// <summary>Field rules of a patient record; every broken rule is reported under its field's name.</summary>
public static partial class PatientValidator
{
    public const int OldestAgeInYears = 130;

    /// <param name="phoneRegion">The region of a phone number typed without its country code.</param>
    /// <param name="identifiers">How each kind of identifier is written here.</param>
    public static Outcome<ValidPatientDetails> Validate(PatientDetailsRequest request, DateOnly today, string phoneRegion, IdentifierOptions identifiers)
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

        var validIdentifiers = ValidIdentifiers(errors, request.Identifiers ?? [], identifiers);
        if (request.DeceasedOn is { } deceasedOn && (deceasedOn > today || (request.DateOfBirth is { } born && deceasedOn < born)))
        {
            errors["deceasedOn"] = ["The date of death must be between the date of birth and today."];
        }

        if (request.PreferredLanguage is { Length: > 0 } language && (language.Trim().Length > PatientConfiguration.LanguageLength || !LanguageTag().IsMatch(language.Trim())))
        {
            errors["preferredLanguage"] = ["A language tag such as en, fr or pt-BR is expected."];
        }

        if (errors.Count > 0 || request is not { FirstName: { } firstName, LastName: { } lastName, DateOfBirth: { } validDateOfBirth } || sex is not { } validSex)
        {
            return new FieldErrors(errors);
        }

        var stored = request.WithPhonesInE164(phoneRegion);
        return new ValidPatientDetails(firstName.Trim(), lastName.Trim(), validDateOfBirth, validSex, NullIfBlank(stored.PhoneNumber), NullIfBlank(stored.Email),
            stored.Address, stored.EmergencyContact, stored.Version, validIdentifiers, request.Active ?? true, request.DeceasedOn,
            NullIfBlank(request.PreferredLanguage));
    }

    private static List<PatientIdentifier> ValidIdentifiers(Dictionary<string, string[]> errors, IReadOnlyList<IdentifierRequest> requested, IdentifierOptions options)
    {
        var valid = new List<PatientIdentifier>();
        for (var index = 0; index < requested.Count; index++)
        {
            var field = $"identifiers[{index}]";
            if (!Enum.TryParse<IdentifierKind>(requested[index].Type?.Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                errors[$"{field}.type"] = [$"The type must be one of {string.Join(", ", Enum.GetNames<IdentifierKind>())}."];
                continue;
            }

            var rule = options.For(kind);
            var value = PatientIdentifier.Normalize(requested[index].Value ?? "");
            if (!rule.Matches(value))
            {
                errors[$"{field}.value"] = [$"This is not a {rule.Label} as written here (for example {rule.Example})."];
            }
            else if (valid.Exists(identifier => identifier.Kind == kind))
            {
                errors[$"{field}.type"] = [$"A record has one {rule.Label}."];
            }
            else
            {
                valid.Add(new PatientIdentifier(kind, value));
            }
        }

        return valid;
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

    [System.Text.RegularExpressions.GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();
}
