using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Pms.Billing.Services;
using Pms.Contracts.Billing;
using Pms.ServiceDefaults.Apis;
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
        var validation = FeeRequestRules.Validate(request, idempotencyKey, options.Value.RegistrationFeeCode);
        var outcome = validation.IsDone(out var fee) ? await fees.IssueAsync(fee, cancellationToken) : validation.Failed<IssuedFee>();

        // The one answer with two successes: a new bill is created, the key's earlier bill is only returned.
        return outcome.Match<Results<Created<FeeCharged>, Ok<FeeCharged>, ValidationProblem, ProblemHttpResult>>(
            issued => issued.Created ? TypedResults.Created($"/api/billing/bills/{issued.Bill.BillId}", issued.Bill) : TypedResults.Ok(issued.Bill),
            errors => TypedResults.ValidationProblem(errors),
            refusal => refusal.ToProblem());
    }
}
