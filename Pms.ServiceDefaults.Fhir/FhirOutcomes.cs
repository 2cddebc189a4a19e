using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;

namespace Pms.ServiceDefaults.Fhir;

/// <summary>FHIR's form of an error: an OperationOutcome whose issue code matches the HTTP status.</summary>
public static class FhirOutcomes
{
    public static OperationOutcome Error(int status, string message, IEnumerable<string>? details = null) => new()
    {
        Issue = [.. new[] { message }.Concat(details ?? []).Select(diagnostics => new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Error,
            Code = IssueTypeOf(status),
            Diagnostics = diagnostics,
        })],
    };

    public static OperationOutcome.IssueType IssueTypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => OperationOutcome.IssueType.Invalid,
        StatusCodes.Status401Unauthorized => OperationOutcome.IssueType.Login,
        StatusCodes.Status403Forbidden => OperationOutcome.IssueType.Forbidden,
        StatusCodes.Status404NotFound or StatusCodes.Status410Gone => OperationOutcome.IssueType.NotFound,
        StatusCodes.Status405MethodNotAllowed => OperationOutcome.IssueType.NotSupported,
        StatusCodes.Status409Conflict => OperationOutcome.IssueType.Conflict,
        StatusCodes.Status429TooManyRequests => OperationOutcome.IssueType.Throttled,
        >= StatusCodes.Status500InternalServerError => OperationOutcome.IssueType.Exception,
        _ => OperationOutcome.IssueType.Processing,
    };
}
