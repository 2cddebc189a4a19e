using System.Security.Claims;
using Pms.Billing.Fhir;
using Pms.Billing.Services;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Fhir;
using FhirModel = Hl7.Fhir.Model;

namespace Pms.Billing.Apis;

/// <summary>Bills as FHIR R4 Invoices, to read: each caller sees exactly the bills <see cref="BillQueries"/> lets them see.</summary>
public static class FhirInvoicesApi
{
    private const string InvoiceType = nameof(FhirModel.Invoice);

    public static IEndpointRouteBuilder MapFhirInvoicesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup($"{FhirPaths.Root}/{InvoiceType}").WithTags("FHIR").RequireAuthorization(FhirExtensions.ReadPolicy).Audited();

        api.MapGet("/", Search)
            .WithName("SearchFhirInvoices").WithSummary("A searchset Bundle of Invoices, newest first, by _id, patient and status, paged by _count and _offset.");
        api.MapGet("/{id}", Read)
            .WithName("ReadFhirInvoice").WithSummary("One bill as an Invoice.");

        return app;
    }

    public static async Task<FhirResourceResult> Read(
        string id, ClaimsPrincipal user, BillQueries bills, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var billId))
        {
            return FhirResults.NotFound(InvoiceType, id);
        }

        var bill = await bills.FindAsync(Caller.From(user), billId, cancellationToken);
        audit.Record(AuditActions.Read, AuditResources.Bill, billId, bill?.PatientId);
        return bill is not null
            ? FhirResults.Resource(InvoiceResources.From(bill, await bills.PatientAsync(bill.PatientId, cancellationToken)))
            : FhirResults.NotFound(InvoiceType, id);
    }

    public static async Task<FhirResourceResult> Search(
        HttpRequest request, ClaimsPrincipal user, BillQueries bills, AuditTrail audit, CancellationToken cancellationToken)
    {
        var (page, pageError) = FhirPage.ForSearch(request.Query, FhirModel.ResourceType.Invoice);
        var (matches, error) = FhirSearch.Apply(bills.Visible(Caller.From(user)), request.Query, InvoiceSearch.Narrow);
        if (page is null || matches is null)
        {
            return FhirResults.Invalid(pageError ?? error!);
        }

        var (found, total) = await BillQueries.PageAsync(matches, page.Offset, page.Count, cancellationToken);
        audit.Record(AuditActions.Search, AuditResources.Bill, null, found.Select(bill => bill.PatientId));
        var patients = await bills.PatientsAsync(found.Select(bill => bill.PatientId), cancellationToken);
        return FhirResults.Resource(Searchset.Of(
            request, found.Select(bill => InvoiceResources.From(bill, patients.GetValueOrDefault(bill.PatientId))), total, page));
    }
}
