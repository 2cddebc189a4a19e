using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Billing.Model;
using Pms.Billing.Services;
using Pms.Contracts;
using Pms.Contracts.Billing;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Apis;

/// <summary>Service-to-service: patient-service charges a completed appointment's consultation fee here. Only Service tokens with the billing.fees scope pass.</summary>
public static class ConsultationFeesApi
{
    public static IEndpointRouteBuilder MapConsultationFeesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(BillingRoutes.ConsultationFees, ChargeConsultationFee)
            .RequireAuthorization(policy => policy.RequireServiceScope(ServiceScopes.BillingFees))
            .WithTags("Internal")
            .WithName("ChargeConsultationFee")
            .WithSummary("Issues the appointment's Consultation bill once per Idempotency-Key: 201 when new, 200 with the same bill after.");
        return app;
    }

    public static async Task<Results<Created<FeeCharged>, Ok<FeeCharged>, ValidationProblem, ProblemHttpResult>> ChargeConsultationFee(
        ConsultationFeeRequest request,
        [Microsoft.AspNetCore.Mvc.FromHeader(Name = BillingRoutes.IdempotencyKeyHeader)] string? idempotencyKey,
        CatalogFeeBills fees,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        IdempotencyKeyRule.Validate(errors, idempotencyKey);
        if (request.PatientId == Guid.Empty)
        {
            errors["patientId"] = ["The patient id is required."];
        }

        if (request.AppointmentId == Guid.Empty)
        {
            errors["appointmentId"] = ["The appointment id is required."];
        }

        if (string.IsNullOrWhiteSpace(request.FeeCode))
        {
            errors["feeCode"] = ["The fee code is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var feeCode = request.FeeCode.Trim();
        return await fees.IssueAsync(request.PatientId, feeCode, BillType.Consultation, idempotencyKey!, patientMustBeKnown: true, cancellationToken) switch
        {
            CatalogFeeOutcome.Issued { Created: true } issued => TypedResults.Created($"/api/billing/bills/{issued.Bill.BillId}", issued.Bill),
            CatalogFeeOutcome.Issued issued => TypedResults.Ok(issued.Bill),
            CatalogFeeOutcome.FeeUnavailable => TypedResults.Problem(
                title: $"No active catalog item has the code {feeCode}.", statusCode: StatusCodes.Status422UnprocessableEntity),
            _ => TypedResults.Problem(
                title: "Billing does not know this patient (yet); a newly registered patient appears within seconds.",
                statusCode: StatusCodes.Status422UnprocessableEntity),
        };
    }
}
