using System.Globalization;
using System.Text.Json;
using Pms.Web.Components.Shared;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>A detail two records of one person may disagree on; <see cref="Name"/> is patient-service's name for it at a merge.</summary>
public sealed record MergeField(string Name, string Label, Func<Patient, string?> Read)
{
    /// <summary>Every detail patient-service merges, in the order of the record page; identifiers under the hospital's names for them.</summary>
    public static IReadOnlyList<MergeField> All(IReadOnlyList<IdentifierType> kinds) =>
    [
        Identifier("NationalId", kinds),
        Identifier("InsuranceMemberId", kinds),
        Identifier("Passport", kinds),
        new("firstName", "First name", patient => patient.FirstName),
        new("lastName", "Last name", patient => patient.LastName),
        new("dateOfBirth", "Date of birth", patient => Day(patient.DateOfBirth)),
        new("sex", "Sex", patient => patient.Sex),
        new("phoneNumber", "Phone", patient => RecordText.Phone(patient.PhoneNumber)),
        new("email", "Email", patient => patient.Email),
        new("address", "Address", patient => RecordText.Address(patient.Address)),
        new("emergencyContact", "Emergency contact", patient => RecordText.EmergencyContact(patient.EmergencyContact)),
        new("preferredLanguage", "Preferred language", patient => RecordText.Language(patient.PreferredLanguage)),
        new("deceasedOn", "Date of death", patient => patient.DeceasedOn is { } died ? Day(died) : null),
    ];

    private static MergeField Identifier(string type, IReadOnlyList<IdentifierType> kinds) => new(
        JsonNamingPolicy.CamelCase.ConvertName(type), Labels.IdentifierKind(type, kinds),
        patient => patient.Identifiers.FirstOrDefault(identifier => identifier.Type == type)?.Value);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
