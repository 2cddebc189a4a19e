using System.Text.Json.Serialization;

namespace Pms.Contracts.Billing;

[JsonConverter(typeof(JsonStringEnumConverter<FeeKind>))]
public enum FeeKind
{
    Registration,
    Consultation,
}
