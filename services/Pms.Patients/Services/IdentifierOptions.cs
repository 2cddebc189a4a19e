using Pms.Patients.Model;

namespace Pms.Patients.Services;

/// <summary>The rules of each identifier kind (<c>PatientIdentifiers:NationalId:System</c>, <c>:Pattern</c>, <c>:Label</c>, <c>:Example</c>).</summary>
public sealed class IdentifierOptions
{
    public const string SectionName = "PatientIdentifiers";

    public Dictionary<IdentifierKind, IdentifierRule> Rules { get; } = new()
    {
        [IdentifierKind.NationalId] = new() { System = "urn:pms:national-id", Pattern = "[A-Z0-9]{5,20}", Label = "National ID", Example = "AB123456C" },
        [IdentifierKind.InsuranceMemberId] = new() { System = "urn:pms:insurance-member-id", Pattern = "[A-Z0-9-]{4,30}", Label = "Insurance member ID", Example = "XJH-4471-02" },
        [IdentifierKind.Passport] = new() { System = "urn:pms:passport", Pattern = "[A-Z0-9]{6,9}", Label = "Passport", Example = "533380006" },
    };

    public IdentifierRule For(IdentifierKind kind) => Rules[kind];
}
