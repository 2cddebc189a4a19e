using System.Text.Json;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;
using Task = System.Threading.Tasks.Task;

namespace Pms.ServiceDefaults.Fhir;

/// <summary>An answer of one FHIR resource (a Bundle, an OperationOutcome, ...) as <c>application/fhir+json</c>.</summary>
public sealed class FhirResourceResult(Resource resource, int statusCode = StatusCodes.Status200OK) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public Resource Resource => resource;

    public int? StatusCode => statusCode;

    public string ContentType => $"{FhirJson.MediaType}; charset=utf-8";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType;
        await JsonSerializer.SerializeAsync(httpContext.Response.Body, resource, resource.GetType(), FhirJson.Options, httpContext.RequestAborted);
    }
}
