using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pms.Audit.Dtos;
using Pms.Audit.Infrastructure;
using Pms.Audit.Services;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Audit.Apis;

public static class AuditApi
{
    private const int HistoryLength = 200;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization().Audited();

        api.MapGet("/", GetLog)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithName("GetAuditLog")
            .WithSummary("Audited accesses, newest first, by patient, user, action, resource type and time.");
        api.MapGet("/export", Export)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithName("ExportAuditLog")
            .WithSummary("The same filter as CSV, streamed; the export is itself audited.");
        api.MapGet("/me", GetOwnHistory)
            .RequireAuthorization(PmsPolicies.Patient)
            .WithName("GetOwnAccessHistory")
            .WithSummary("Who accessed the signed-in patient's record: staff by name, other patients never.");
        api.MapGet("/verify", Verify)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithName("VerifyAuditLog")
            .WithSummary("Re-walks every hash chain and names the earliest record that no longer links up.");
        return app;
    }

    public static async Task<Ok<PagedResult<AuditItemDto>>> GetLog(
        AuditDbContext db, AuditTrail audit, Guid? patientId, Guid? userId, string? action, string? resourceType,
        DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var filter = new AuditFilterRequest(patientId, userId, action, resourceType, from, to);
        var found = await AuditQueries.Filtered(db, filter).ToPageAsync(page, pageSize, cancellationToken);
        audit.Record(AuditActions.Search, AuditResources.AuditLog, null, patientId is { } id ? [id] : []);
        return TypedResults.Ok(new PagedResult<AuditItemDto>([.. found.Items.Select(AuditItemDto.From)], found.Page, found.PageSize, found.TotalCount));
    }

    public static async Task Export(
        HttpContext context, AuditDbContext db, AuditTrail audit, TimeProvider clock, Guid? patientId, Guid? userId, string? action,
        string? resourceType, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Export, AuditResources.AuditLog, null, patientId is { } id ? [id] : []);
        var filter = new AuditFilterRequest(patientId, userId, action, resourceType, from, to);
        await CsvDownload.WriteAsync(context, audit, $"audit-{clock.GetUtcNow():yyyyMMdd-HHmmss}.csv",
            AuditQueries.Filtered(db, filter).AsAsyncEnumerable().Select(AuditCsvRow.From), cancellationToken);
    }

    public static async Task<Ok<AccessHistoryDto>> GetOwnHistory(ClaimsPrincipal user, AuditDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        var patientIds = await db.PatientAccounts.Where(account => account.AuthUserId == userId).Select(account => account.PatientId).ToListAsync(cancellationToken);
        var items = new List<AccessHistoryItemDto>();
        foreach (var patientId in patientIds)
        {
            var records = await AuditQueries.Filtered(db, new AuditFilterRequest(patientId, null, null, null, null, null))
                .Take(HistoryLength).ToListAsync(cancellationToken);
            items.AddRange(records.Select(record => AccessHistory.Describe(record, userId)));
        }

        audit.Record(AuditActions.Read, AuditResources.AuditLog, null, patientIds);
        return TypedResults.Ok(new AccessHistoryDto([.. items.OrderByDescending(item => item.At).Take(HistoryLength)]));
    }

    public static async Task<Ok<VerificationDto>> Verify(AuditVerification verification, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verification.VerifyAsync(cancellationToken));
}
