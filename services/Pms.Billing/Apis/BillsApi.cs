using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pms.Billing.Dtos;
using Pms.Billing.Invoices;
using Pms.Billing.Model;
using Pms.Billing.Services;
using Pms.Contracts.Audit;
using Pms.Contracts.Billing;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Apis;

public static class BillsApi
{
    public static IEndpointRouteBuilder MapBillsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/billing/bills").WithTags("Bills").RequireAuthorization().Audited();

        api.MapPost("/", Create).RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("CreateBill").WithSummary("Issues a bill from catalog and free-text items; the server computes every amount.");
        api.MapGet("/", List).RequireAuthorization(PmsPolicies.PatientOrStaff)
            .WithName("ListBills").WithSummary("Bills, newest first, filtered by patient, status and type; a patient sees only their own.");
        api.MapGet("/{id:guid}", Get).RequireAuthorization(PmsPolicies.PatientOrStaff)
            .WithName("GetBill").WithSummary("One bill with its items, payments and refunds.");
        api.MapGet("/{id:guid}/invoice", Invoice).RequireAuthorization(PmsPolicies.PatientOrStaff)
            .WithName("GetInvoice").WithSummary("The bill as a PDF invoice, or receipt once paid.");
        api.MapPost("/{id:guid}/payments", Pay).RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("RecordPayment").WithSummary("Records a payment taken at the desk (Cash, Card, Insurance, BankTransfer); the same Idempotency-Key returns the same payment.");
        api.MapPost("/{id:guid}/void", Void).RequireAuthorization(PmsPolicies.Admin)
            .WithName("VoidBill").WithSummary("Voids a bill without payments, with an optional reason.");
        api.MapPost("/{id:guid}/refunds", Refund).RequireAuthorization(PmsPolicies.Admin)
            .WithName("RefundBill").WithSummary("Refunds up to the amount paid, with a reason; a refund of an online payment goes back through the payment provider.");

        return app;
    }

    public static async Task<Results<Created<BillDto>, ValidationProblem, ProblemHttpResult>> Create(
        CreateBillRequest request, BillIssuing issuing, AuditTrail audit, CancellationToken cancellationToken)
    {
        var outcome = await issuing.IssueAsync(request, cancellationToken);
        if (!outcome.IsDone(out _))
        {
            audit.Record(AuditActions.Create, AuditResources.Bill, null, request.PatientId);
        }

        return outcome.ToCreated(bill => $"/api/billing/bills/{bill.Id}");
    }

    public static async Task<Ok<PagedResult<BillDto>>> List(
        ClaimsPrincipal user, BillQueries bills, AuditTrail audit, Guid? patientId, BillStatus? status, BillType? billType, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var found = await bills.ListAsync(Caller.From(user), patientId, status, billType, page, pageSize, cancellationToken);
        audit.Record(AuditActions.Search, AuditResources.Bill, null, found.Items.Select(bill => bill.PatientId));
        return TypedResults.Ok(found);
    }

    public static async Task<Results<Ok<BillDto>, ProblemHttpResult>> Get(
        Guid id, ClaimsPrincipal user, BillQueries bills, AuditTrail audit, CancellationToken cancellationToken)
    {
        var bill = await bills.FindAsync(Caller.From(user), id, cancellationToken);
        audit.Record(AuditActions.Read, AuditResources.Bill, id, bill?.PatientId);
        return bill is not null ? TypedResults.Ok(BillDto.From(bill)) : NoSuchBill();
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Invoice(
        Guid id, ClaimsPrincipal user, BillQueries bills, InvoiceRenderer renderer, AuditTrail audit, CancellationToken cancellationToken)
    {
        var found = await bills.FindAsync(Caller.From(user), id, cancellationToken);
        audit.Record(AuditActions.Download, AuditResources.Invoice, id, found?.PatientId);
        if (found is not { } bill)
        {
            return NoSuchBill();
        }

        var pdf = renderer.Render(bill, await bills.PatientAsync(bill.PatientId, cancellationToken));
        return TypedResults.File(pdf, "application/pdf", InvoiceRenderer.FileName(bill));
    }

    public static async Task<Results<Created<PaymentDto>, ValidationProblem, ProblemHttpResult>> Pay(
        Guid id, PaymentRequest request, [FromHeader(Name = BillingRoutes.IdempotencyKeyHeader)] string? idempotencyKey,
        ClaimsPrincipal user, BillChanges changes, CancellationToken cancellationToken) =>
        (await changes.PayAsync(id, request, idempotencyKey, Caller.From(user), cancellationToken)).ToCreated(_ => $"/api/billing/bills/{id}");

    public static async Task<Results<Ok<BillDto>, ValidationProblem, ProblemHttpResult>> Void(
        Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] VoidRequest? request, ClaimsPrincipal user, BillChanges changes,
        CancellationToken cancellationToken) =>
        (await changes.VoidAsync(id, request?.Reason, Caller.From(user), cancellationToken)).ToOk();

    public static async Task<Results<Created<RefundDto>, ValidationProblem, ProblemHttpResult>> Refund(
        Guid id, RefundRequest request, ClaimsPrincipal user, BillChanges changes, CancellationToken cancellationToken) =>
        (await changes.RefundAsync(id, request, Caller.From(user), cancellationToken)).ToCreated(_ => $"/api/billing/bills/{id}");

    private static ProblemHttpResult NoSuchBill() => BillVisibility.NoSuchBill.ToProblem();
}
