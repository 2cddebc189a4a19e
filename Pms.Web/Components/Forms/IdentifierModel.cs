using Pms.Web.Components.Shared;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>One identifier of a record as the patient details form edits it; <see cref="Type"/> is empty until a kind is chosen.</summary>
public sealed class IdentifierModel
{
    public string Type { get; set; } = "";

    public string Value { get; set; } = "";

    public PatientIdentifier ToIdentifier() => new(Type, PatientIdentifier.Normalize(Value));

    /// <summary>What is wrong with the kind: none chosen, or one that an <paramref name="earlier"/> identifier already has.</summary>
    public string? TypeProblem(IReadOnlyList<IdentifierType> kinds, IEnumerable<IdentifierModel> earlier)
    {
        if (string.IsNullOrEmpty(Type))
        {
            return "Choose the kind of identifier.";
        }

        return earlier.Any(other => other.Type == Type) ? $"A record has one {Labels.IdentifierKind(Type, kinds)}." : null;
    }

    /// <summary>What is wrong with the value, checked as patient-service checks it: spaces removed, in upper case, against the kind's format.</summary>
    public string? ValueProblem(IReadOnlyList<IdentifierType> kinds)
    {
        var label = Labels.IdentifierKind(Type, kinds);
        var value = PatientIdentifier.Normalize(Value);
        if (value.Length == 0)
        {
            return string.IsNullOrEmpty(Type) ? "Enter the identifier." : $"Enter the {label}.";
        }

        return kinds.FirstOrDefault(kind => kind.Type == Type) is { } rule && !rule.Matches(value)
            ? $"This is not a {rule.Label} as written here (for example {rule.Example})."
            : null;
    }
}
