using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pms.Billing.Claims;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Invoices;
using Pms.Billing.Model;
using Pms.Billing.Services;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Fhir;

namespace Pms.Billing.Apis;

public static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/billing/claims").WithTags("Claims").RequireAuthorization(PmsPolicies.StaffOrAdmin).Audited();

        api.MapGet("/", List)
            .WithName("ListClaims").WithSummary($"Claims by status, payer or patient, oldest first, at most {ClaimQueries.MostListed}.");
        api.MapGet("/{id:guid}", Get)
            .WithName("GetClaim").WithSummary("One claim with its lines and what the insurer made of them.");
        api.MapGet("/{id:guid}/document", Document)
            .WithName("GetClaimDocument").WithSummary("The claim as the PDF document sent to the insurer.");
        api.MapGet("/{id:guid}/fhir", Fhir)
            .WithName("GetClaimAsFhir").WithSummary("The claim as a FHIR R4 Claim (application/fhir+json), for an insurer's or clearing house's system.");
        api.MapPost("/{id:guid}/submit", Submit)
            .WithName("SubmitClaim").WithSummary("Sends a draft claim to the insurer.");
        api.MapPost("/{id:guid}/remittance", Remit)
            .WithName("RecordRemittance").WithSummary("Records what the insurer paid and wrote off per line; the rest becomes the patient's to pay.");
        api.MapPost("/{id:guid}/denial", Deny)
            .WithName("RecordDenial").WithSummary("Records the insurer's denial with its reason; the whole claim becomes the patient's to pay, and the patient is told.");

        return app;
    }

    public static async Task<Ok<IReadOnlyList<ClaimDto>>> List(
        ClaimQueries claims, AuditTrail audit, ClaimStatus? status, string? payerCode, Guid? patientId, CancellationToken cancellationToken)
    {
        var found = await claims.ListAsync(status, payerCode, patientId, cancellationToken);
        audit.Record(AuditActions.Search, AuditResources.Claim, null, found.Select(claim => claim.PatientId));
        return TypedResults.Ok(found);
    }

    public static async Task<Results<Ok<ClaimDto>, ProblemHttpResult>> Get(Guid id, ClaimQueries claims, AuditTrail audit, CancellationToken cancellationToken)
    {
        var claim = await claims.FindAsync(id, cancellationToken);
        audit.Record(AuditActions.Read, AuditResources.Claim, id, claim?.PatientId);
        return claim is not null ? TypedResults.Ok(claim) : ClaimQueries.NoSuchClaim.ToProblem();
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Document(
        Guid id, BillingDbContext db, ClaimPdfRenderer renderer, AuditTrail audit, CancellationToken cancellationToken)
    {
        var packet = await ClaimPacket.LoadAsync(db, id, cancellationToken);
        audit.Record(AuditActions.Download, AuditResources.Claim, id, packet?.Claim.PatientId);
        return packet is null
            ? ClaimQueries.NoSuchClaim.ToProblem()
            : TypedResults.File(renderer.Render(packet), "application/pdf", ClaimPdfRenderer.FileName(packet));
    }

    public static async Task<FhirResourceResult> Fhir(
        Guid id, BillingDbContext db, IOptions<InvoiceOptions> hospital, AuditTrail audit, CancellationToken cancellationToken)
    {
        var packet = await ClaimPacket.LoadAsync(db, id, cancellationToken);
        audit.Record(AuditActions.Download, AuditResources.Claim, id, packet?.Claim.PatientId);
        return packet is null
            ? FhirResults.NotFound(nameof(Hl7.Fhir.Model.Claim), id.ToString())
            : FhirResults.Resource(ClaimResources.From(packet, hospital.Value.HospitalName));
    }

    public static async Task<Results<Ok<ClaimDto>, ValidationProblem, ProblemHttpResult>> Submit(
        Guid id, ClaimsPrincipal user, BillChanges changes, CancellationToken cancellationToken) =>
        (await changes.SubmitClaimAsync(id, Caller.From(user), cancellationToken)).ToOk();

    public static async Task<Results<Ok<ClaimDto>, ValidationProblem, ProblemHttpResult>> Remit(
        Guid id, RemittanceRequest request, ClaimsPrincipal user, BillChanges changes, CancellationToken cancellationToken) =>
        (await changes.RemitClaimAsync(id, request, Caller.From(user), cancellationToken)).ToOk();

    public static async Task<Results<Ok<ClaimDto>, ValidationProblem, ProblemHttpResult>> Deny(
        Guid id, DenialRequest request, ClaimsPrincipal user, BillChanges changes, CancellationToken cancellationToken) =>
        (await changes.DenyClaimAsync(id, request, Caller.From(user), cancellationToken)).ToOk();
}
