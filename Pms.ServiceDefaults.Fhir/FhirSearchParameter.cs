using Hl7.Fhir.Model;

namespace Pms.ServiceDefaults.Fhir;

public sealed record FhirSearchParameter(string Name, SearchParamType Type, string Documentation);
