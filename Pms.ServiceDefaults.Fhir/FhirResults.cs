using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;
using Pms.ServiceDefaults.Apis;

namespace Pms.ServiceDefaults.Fhir;

public static class FhirResults
{
    public static FhirResourceResult Resource(Resource resource) => new(resource);

    /// <summary>The answer when a resource does not exist or the caller may not know that it does.</summary>
    public static FhirResourceResult NotFound(string type, string id) =>
        Outcome(StatusCodes.Status404NotFound, $"{type}/{id} is not known.");

    public static FhirResourceResult Invalid(string message) => Outcome(StatusCodes.Status400BadRequest, message);

    public static FhirResourceResult Refused(Refusal refusal) =>
        Outcome(refusal.Kind.StatusCode(), refusal.Detail is null ? refusal.Title : $"{refusal.Title} {refusal.Detail}");

    public static FhirResourceResult Outcome(int status, string message) => new(FhirOutcomes.Error(status, message), status);
}
