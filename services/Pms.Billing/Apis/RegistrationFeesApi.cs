using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pms.Billing.Model;
using Pms.Billing.Services;
using Pms.Contracts;
using Pms.Contracts.Billing;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Apis;

/// <summary>Service-to-service: patient-service charges registration fees here. Only Service tokens with the billing.fees scope pass.</summary>
public static class RegistrationFeesApi
{
    public static IEndpointRouteBuilder MapRegistrationFeesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(BillingRoutes.RegistrationFees, ChargeRegistrationFee)
            .RequireAuthorization(policy => policy.RequireServiceScope(ServiceScopes.BillingFees))
            .WithTags("Internal")
            .WithName("ChargeRegistrationFee")
            .WithSummary("Issues the patient's Registration bill once per Idempotency-Key and returns it.");
        return app;
    }

    public static async Task<Results<Ok<FeeCharged>, ValidationProblem, ProblemHttpResult>> ChargeRegistrationFee(
        RegistrationFeeRequest request,
        [Microsoft.AspNetCore.Mvc.FromHeader(Name = BillingRoutes.IdempotencyKeyHeader)] string? idempotencyKey,
        CatalogFeeBills fees,
        IOptions<BillingOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        IdempotencyKeyRule.Validate(errors, idempotencyKey);
        if (request.PatientId == Guid.Empty)
        {
            errors["patientId"] = ["The patient id is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // Without an active fee item nothing can be charged yet; the caller keeps the fee pending and retries.
        return await fees.IssueAsync(request.PatientId, options.Value.RegistrationFeeCode, BillType.Registration, idempotencyKey!,
                patientMustBeKnown: false, cancellationToken) is CatalogFeeOutcome.Issued issued
            ? TypedResults.Ok(issued.Bill)
            : TypedResults.Problem(title: "The price catalog has no active registration fee.", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
