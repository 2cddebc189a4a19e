using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Billing.Reports;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Apis;

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/billing/reports/revenue", Revenue)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithTags("Reports")
            .WithName("GetRevenueReport")
            .WithSummary("Revenue and outstanding balance by day (UTC) and bill type, for at most a year.");

        var reports = app.MapGroup("/api/billing/reports").WithTags("Reports").Audited();
        reports.MapGet("/payers", RevenueByPayer)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithName("GetRevenueByPayerReport")
            .WithSummary("What was billed by bill type and payer (self-pay or an insurer) over the period, and each one's share; format=csv downloads it.");
        reports.MapGet("/aged-receivables", AgedReceivables)
            .RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("GetAgedReceivablesReport")
            .WithSummary("What patients and each insurer still owe, by days since issue: 0-30, 31-60, 61-90, over 90; format=csv downloads it.");
        reports.MapGet("/aged-receivables/bills", OpenBills)
            .RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("ExportOpenBills")
            .WithSummary("Every bill a patient still owes on, oldest first, as a CSV streamed row by row.");
        reports.MapGet("/claims", ClaimOutcomes)
            .RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("GetClaimOutcomesReport")
            .WithSummary("Per payer, the claims made over the period, what became of them and the denial rate of those settled; format=csv downloads it.");
        return app;
    }

    public static async Task<Results<Ok<RevenueReport>, ValidationProblem>> Revenue(
        DateOnly? from, DateOnly? to, BillingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (period, errors) = ReportPeriod.Of(from, to, clock);
        if (period is null)
        {
            return errors!.ToProblem();
        }

        var (first, last, start, end) = (period.From, period.To, period.Start, period.End);
        var bills = await db.Bills.AsNoTracking()
            .Where(bill => bill.IssuedAt >= start && bill.IssuedAt < end && bill.Status != BillStatus.Void)
            .Select(bill => new { bill.IssuedAt, bill.BillType, bill.Currency, bill.Total, bill.AmountPaid, bill.InsurerShare })
            .ToListAsync(cancellationToken);
        var payments = await db.Bills.AsNoTracking()
            .SelectMany(bill => bill.Payments.Select(payment => new { bill.BillType, bill.Currency, At = payment.ReceivedAt, payment.Amount }))
            .Where(payment => payment.At >= start && payment.At < end)
            .ToListAsync(cancellationToken);
        var refunds = await db.Bills.AsNoTracking()
            .SelectMany(bill => bill.Refunds.Select(refund => new { bill.BillType, bill.Currency, At = refund.IssuedAt, Amount = -refund.Amount }))
            .Where(refund => refund.At >= start && refund.At < end)
            .ToListAsync(cancellationToken);

        var billed = bills.Select(bill => (Day(bill.IssuedAt), bill.BillType, bill.Currency, Billed: bill.Total, Collected: 0m, Count: 1));
        var collected = payments.Concat(refunds).Select(money => (Day(money.At), money.BillType, money.Currency, Billed: 0m, Collected: money.Amount, Count: 0));
        var days = billed.Concat(collected)
            .GroupBy(row => (row.Item1, row.BillType, row.Currency))
            .OrderBy(group => group.Key.Item1).ThenBy(group => group.Key.BillType)
            .Select(group => new RevenueRow(group.Key.Item1, group.Key.BillType, group.Key.Currency,
                group.Sum(row => row.Billed), group.Sum(row => row.Collected), group.Sum(row => row.Count)))
            .ToList();
        // What patients still owe; insurers' shares are theirs to pay through claims.
        var outstanding = bills.Where(bill => bill.Total - bill.InsurerShare > bill.AmountPaid)
            .GroupBy(bill => (bill.BillType, bill.Currency))
            .OrderBy(group => group.Key.BillType)
            .Select(group => new OutstandingRow(group.Key.BillType, group.Key.Currency, group.Sum(bill => bill.Total - bill.InsurerShare - bill.AmountPaid)))
            .ToList();

        return TypedResults.Ok(new RevenueReport(first, last, days, outstanding, outstanding.Sum(row => row.Outstanding)));
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    public static Task<IResult> RevenueByPayer(
        DateOnly? from, DateOnly? to, string? format, HttpContext context, OperationalReports reports, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        CsvDownload.ForPeriodAsync(from, to, format, "revenue-by-payer", reports.RevenueByPayerAsync, context, audit, clock, cancellationToken);

    public static async Task<IResult> AgedReceivables(
        string? format, HttpContext context, OperationalReports reports, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken) =>
        await CsvDownload.AnswerAsync(context, audit, format, $"aged-receivables-{clock.GetUtcNow():yyyyMMdd}.csv", await reports.AgedReceivablesAsync(cancellationToken),
            cancellationToken);

    public static Task<IResult> ClaimOutcomes(
        DateOnly? from, DateOnly? to, string? format, HttpContext context, OperationalReports reports, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        CsvDownload.ForPeriodAsync(from, to, format, "claims", reports.ClaimOutcomesAsync, context, audit, clock, cancellationToken);

    /// <summary>
    /// The receivables worked bill by bill, audited once as an export of bills. The record names no patients: a list of
    /// every debtor is a bulk export, found in the audit log by its action and resource, not in each patient's history.
    /// </summary>
    public static async Task OpenBills(HttpContext context, OperationalReports reports, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Export, AuditResources.Bill, "open-bills", []);
        await CsvDownload.WriteAsync(context, audit, $"open-bills-{clock.GetUtcNow():yyyyMMdd}.csv", reports.OpenBillsAsync(), cancellationToken);
    }
}
