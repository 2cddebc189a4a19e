using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Billing.Services;
using Pms.Contracts;
using Pms.Contracts.Billing;

namespace Pms.Billing.Apis;

/// <summary>Service-to-service: patient-service charges registration fees here. Only Service tokens pass.</summary>
public static class RegistrationFeesApi
{
    public static IEndpointRouteBuilder MapRegistrationFeesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(BillingRoutes.RegistrationFees, ChargeRegistrationFee)
            .RequireAuthorization(policy => policy.RequireRole(PmsRoles.Service))
            .WithTags("Internal")
            .WithName("ChargeRegistrationFee")
            .WithSummary("Issues the patient's Registration bill once per Idempotency-Key and returns it.");
        return app;
    }

    public static async Task<Results<Ok<RegistrationFeeCharged>, ValidationProblem, ProblemHttpResult>> ChargeRegistrationFee(
        RegistrationFeeRequest request,
        [Microsoft.AspNetCore.Mvc.FromHeader(Name = BillingRoutes.IdempotencyKeyHeader)] string? idempotencyKey,
        RegistrationFees fees,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
        {
            errors[BillingRoutes.IdempotencyKeyHeader] = ["An Idempotency-Key header of 1 to 100 characters is required."];
        }

        if (request.PatientId == Guid.Empty)
        {
            errors["patientId"] = ["The patient id is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // Without an active fee item nothing can be charged yet; the caller keeps the fee pending and retries.
        return await fees.ChargeAsync(request.PatientId, idempotencyKey!, cancellationToken) is { } charged
            ? TypedResults.Ok(charged)
            : TypedResults.Problem(title: "The price catalog has no active registration fee.", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
