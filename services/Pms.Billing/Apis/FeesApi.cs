using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Pms.Billing.Services;
using Pms.Contracts.Billing;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Apis;

/// <summary>Service-to-service: patient-service charges catalog fees here. Only Service tokens with the billing.fees scope pass.</summary>
public static class FeesApi
{
    public static IEndpointRouteBuilder MapFeesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(BillingRoutes.Fees, ChargeFee)
            .RequireAuthorization(PmsPolicies.FeeCharging)
            .WithTags("Internal")
            .WithName("ChargeFee")
            .WithSummary("Issues the fee's bill once per Idempotency-Key: 201 when new, 200 with the same bill after.");
        return app;
    }

    public static async Task<Results<Created<FeeCharged>, Ok<FeeCharged>, ValidationProblem, ProblemHttpResult>> ChargeFee(
        FeeRequest request,
        [FromHeader(Name = BillingRoutes.IdempotencyKeyHeader)] string? idempotencyKey,
        CatalogFeeBills fees,
        IOptions<BillingOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = FeeRequestRules.Validate(request, idempotencyKey);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var feeCode = request.Kind == FeeKind.Registration ? options.Value.RegistrationFeeCode : request.FeeCode!.Trim();
        return await fees.IssueAsync(request, feeCode, idempotencyKey!, cancellationToken) switch
        {
            CatalogFeeOutcome.Issued { Created: true } issued => TypedResults.Created($"/api/billing/bills/{issued.Bill.BillId}", issued.Bill),
            CatalogFeeOutcome.Issued issued => TypedResults.Ok(issued.Bill),
            // Without an active registration fee item nothing can be charged yet; the caller keeps the fee pending and retries.
            _ when request.Kind == FeeKind.Registration => TypedResults.Problem(
                title: "The price catalog has no active registration fee.", statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => TypedResults.Problem(
                title: $"No active catalog item has the code {feeCode}.", statusCode: StatusCodes.Status422UnprocessableEntity),
        };
    }
}
