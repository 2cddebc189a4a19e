using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Pms.ServiceDefaults.Fhir;

/// <summary>
/// Under <c>/fhir</c> every error the pipeline writes as ProblemDetails (401 and 403 from authorization, unknown routes,
/// unhandled exceptions, bad parameters) is written as an OperationOutcome instead.
/// </summary>
public sealed class FhirProblemDetailsWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => context.HttpContext.Request.Path.StartsWithSegments(FhirPaths.Root);

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var status = context.ProblemDetails.Status ?? response.StatusCode;
        var message = context.ProblemDetails.Detail ?? context.ProblemDetails.Title ?? ReasonPhrases.GetReasonPhrase(status);
        var details = context.ProblemDetails.Extensions.TryGetValue("errors", out var errors) && errors is IDictionary<string, string[]> fieldErrors
            ? fieldErrors.SelectMany(field => field.Value.Select(error => $"{field.Key}: {error}"))
            : null;
        response.ContentType = $"{FhirJson.MediaType}; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, FhirOutcomes.Error(status, message, details), FhirJson.Options, context.HttpContext.RequestAborted);
    }
}
