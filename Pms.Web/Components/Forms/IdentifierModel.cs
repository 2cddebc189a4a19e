using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>One identifier of a record as the patient details form edits it; <see cref="Type"/> is empty until a kind is chosen.</summary>
public sealed class IdentifierModel
{
    public string Type { get; set; } = "";

    public string Value { get; set; } = "";

    public PatientIdentifier ToIdentifier() => new(Type, PatientIdentifier.Normalize(Value));
}
