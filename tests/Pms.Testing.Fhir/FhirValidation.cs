using System.Text.Json;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using Xunit;

namespace Pms.Testing.Fhir;

/// <summary>
/// Reads FHIR JSON with Firely's parser (strict: unknown elements fail) and validates resources against the base R4
/// profiles of the specification, so an answer a FHIR client would reject fails the test that received it.
/// </summary>
public static class FhirValidation
{
    private static readonly JsonSerializerOptions StrictJson = new JsonSerializerOptions().ForFhir().UsingMode(DeserializationMode.Strict);

    // Building the validator loads the specification; the validator is not thread-safe, so one per thread.
    private static readonly ThreadLocal<Validator> Validators = new(() =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(resolver, new LocalTerminologyService(resolver));
    });

    public static T Parse<T>(string json) where T : Resource => JsonSerializer.Deserialize<T>(json, StrictJson)
        ?? throw new InvalidOperationException("The answer was JSON null.");

    /// <summary>
    /// Fails with every error the validator finds in <paramref name="resource"/> (warnings and information pass), as a
    /// client reads it: written as JSON and parsed back, since Firely's in-memory model also carries later FHIR versions' types.
    /// </summary>
    public static void AssertValid(Resource resource)
    {
        var outcome = Validators.Value!.Validate(Parse<Resource>(JsonSerializer.Serialize(resource, resource.GetType(), StrictJson)));
        var errors = outcome.Issue
            .Where(issue => issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(issue => $"{string.Join(", ", issue.Expression)}: {issue.Details?.Text ?? issue.Diagnostics}")
            .ToList();
        Assert.True(errors.Count == 0, $"{resource.TypeName}/{resource.Id} is not valid FHIR R4:\n{string.Join('\n', errors)}");
    }

    /// <summary>Parses an answer, validates it, and validates every resource a Bundle carries.</summary>
    public static T ParseValid<T>(string json) where T : Resource
    {
        var resource = Parse<T>(json);
        AssertValid(resource);
        if (resource is Bundle bundle)
        {
            foreach (var entry in bundle.Entry)
            {
                AssertValid(entry.Resource ?? throw new InvalidOperationException("A Bundle entry without a resource."));
            }
        }

        return resource;
    }
}
