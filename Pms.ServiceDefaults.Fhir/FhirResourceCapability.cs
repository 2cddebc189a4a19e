using Hl7.Fhir.Model;

namespace Pms.ServiceDefaults.Fhir;

/// <summary>A resource type PMS serves: read by id, search by <see cref="SearchParameters"/> (and paging), and instance operations.</summary>
public sealed record FhirResourceCapability(ResourceType Type, IReadOnlyList<FhirSearchParameter> SearchParameters, IReadOnlyList<string>? Operations = null)
{
    public string TypeName => Type.ToString();

    public CapabilityStatement.ResourceComponent ToComponent() => new()
    {
        Type = TypeName,
        Profile = $"http://hl7.org/fhir/StructureDefinition/{TypeName}",
        Interaction =
        [
            new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read },
            new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType },
        ],
        ReadHistory = false,
        SearchParam =
        [
            .. SearchParameters.Concat([
                new FhirSearchParameter(FhirPage.CountParameter, SearchParamType.Number, $"Matches per page, 1 to {FhirPage.MaxCount} ({FhirPage.DefaultCount} unless given)"),
                new FhirSearchParameter(FhirPage.OffsetParameter, SearchParamType.Number, "How many matches to skip; the Bundle's next and previous links carry it"),
            ]).Select(parameter => new CapabilityStatement.SearchParamComponent
            {
                Name = parameter.Name,
                Type = parameter.Type,
                Documentation = parameter.Documentation,
            }),
        ],
        Operation =
        [
            .. (Operations ?? []).Select(operation => new CapabilityStatement.OperationComponent
            {
                Name = operation,
                Definition = $"http://hl7.org/fhir/OperationDefinition/{TypeName}-{operation}",
            }),
        ],
    };
}
