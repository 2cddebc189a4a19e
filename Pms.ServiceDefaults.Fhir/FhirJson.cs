using System.Text.Json;
using Hl7.Fhir.Serialization;

namespace Pms.ServiceDefaults.Fhir;

public static class FhirJson
{
    public const string MediaType = "application/fhir+json";

    /// <summary>Firely's System.Text.Json converters for R4 resources, shared because building them is costly.</summary>
    public static JsonSerializerOptions Options { get; } = new JsonSerializerOptions().ForFhir();
}
