using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Apis;

public static class ReportsApi
{
    public const int MaximumDays = 366;

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/billing/reports/revenue", Revenue)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithTags("Reports")
            .WithName("GetRevenueReport")
            .WithSummary("Revenue and outstanding balance by day (UTC) and bill type, for at most a year.");
        return app;
    }

    public static async Task<Results<Ok<RevenueReport>, ValidationProblem>> Revenue(
        DateOnly? from, DateOnly? to, BillingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = to ?? today;
        var first = from ?? last.AddDays(-29);
        if (first > last || last.DayNumber - first.DayNumber >= MaximumDays)
        {
            return FieldErrors.Of("from", $"from must not be after to, and the range at most {MaximumDays} days.").ToProblem();
        }

        var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
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
}
