using Microsoft.EntityFrameworkCore;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Billing.Reports;

/// <summary>
/// The desk's and the administrators' money reports. Every sum and count is made by PostgreSQL (GROUP BY); only the few
/// grouped rows are shaped here. Aging counts days from a bill's issue (UTC) to today.
/// </summary>
public sealed class OperationalReports(BillingDbContext db, TimeProvider clock)
{
    public const string PatientsParty = "Patients";
    public static readonly string[] AgeBuckets = ["0-30", "31-60", "61-90", ">90"];

    public async Task<List<PayerRevenueRow>> RevenueByPayerAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var grouped = await db.Bills.AsNoTracking()
            .Where(bill => bill.IssuedAt >= period.Start && bill.IssuedAt < period.End && bill.Status != BillStatus.Void)
            .GroupBy(bill => new { bill.BillType, Payer = bill.PayerCode ?? "", bill.Currency })
            .Select(group => new
            {
                group.Key.BillType,
                group.Key.Payer,
                group.Key.Currency,
                Bills = group.Count(),
                Billed = group.Sum(bill => bill.Total),
                Insurer = group.Sum(bill => bill.InsurerShare),
                Paid = group.Sum(bill => bill.AmountPaid),
            })
            .ToListAsync(cancellationToken);
        var names = await PayerNamesAsync(cancellationToken);
        return [.. grouped
            .OrderBy(row => row.BillType).ThenBy(row => row.Payer, StringComparer.Ordinal)
            .Select(row => new PayerRevenueRow(row.BillType, row.Payer, row.Payer.Length == 0 ? "Self-pay" : names.GetValueOrDefault(row.Payer, row.Payer),
                row.Currency, row.Bills, row.Billed, row.Insurer, row.Billed - row.Insurer, row.Paid))];
    }

    public async Task<List<AgedReceivableRow>> AgedReceivablesAsync(CancellationToken cancellationToken)
    {
        var (days30, days60, days90) = Cuts();
        var patients = await OpenBills()
            .GroupBy(bill => new
            {
                bill.Currency,
                Bucket = bill.IssuedAt >= days30 ? 0 : bill.IssuedAt >= days60 ? 1 : bill.IssuedAt >= days90 ? 2 : 3,
            })
            .Select(group => new Owed(PatientsParty, group.Key.Currency, group.Key.Bucket, group.Sum(bill => bill.Total - bill.InsurerShare - bill.AmountPaid)))
            .ToListAsync(cancellationToken);
        var insurers = await db.Claims.AsNoTracking()
            .Where(claim => claim.Status == ClaimStatus.Draft || claim.Status == ClaimStatus.Submitted)
            .GroupBy(claim => new
            {
                claim.PayerCode,
                claim.Currency,
                Bucket = claim.CreatedAt >= days30 ? 0 : claim.CreatedAt >= days60 ? 1 : claim.CreatedAt >= days90 ? 2 : 3,
            })
            .Select(group => new Owed(group.Key.PayerCode, group.Key.Currency, group.Key.Bucket, group.Sum(claim => claim.Amount)))
            .ToListAsync(cancellationToken);
        var names = await PayerNamesAsync(cancellationToken);
        return [.. patients.Concat(insurers.OrderBy(owed => owed.Party, StringComparer.Ordinal))
            .GroupBy(owed => (owed.Party, owed.Currency))
            .Select(party =>
            {
                decimal In(int bucket) => party.Where(owed => owed.Bucket == bucket).Sum(owed => owed.Amount);
                var name = party.Key.Party == PatientsParty ? "Patients' own shares" : names.GetValueOrDefault(party.Key.Party, party.Key.Party);
                return new AgedReceivableRow(party.Key.Party, name, party.Key.Currency, In(0), In(1), In(2), In(3), party.Sum(owed => owed.Amount));
            })];
    }

    public async Task<List<ClaimOutcomeRow>> ClaimOutcomesAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var grouped = await db.Claims.AsNoTracking()
            .Where(claim => claim.CreatedAt >= period.Start && claim.CreatedAt < period.End)
            .GroupBy(claim => new { claim.PayerCode, claim.Currency, claim.Status })
            .Select(group => new { group.Key.PayerCode, group.Key.Currency, group.Key.Status, Claims = group.Count(), Claimed = group.Sum(claim => claim.Amount), Paid = group.Sum(claim => claim.AmountPaid) })
            .ToListAsync(cancellationToken);
        var names = await PayerNamesAsync(cancellationToken);
        return [.. grouped
            .GroupBy(row => (row.PayerCode, row.Currency))
            .OrderBy(payer => payer.Key.PayerCode, StringComparer.Ordinal)
            .Select(payer =>
            {
                int Count(params ClaimStatus[] statuses) => payer.Where(row => statuses.Contains(row.Status)).Sum(row => row.Claims);
                var settled = Count(ClaimStatus.Paid, ClaimStatus.PartiallyPaid, ClaimStatus.Denied);
                var denied = Count(ClaimStatus.Denied);
                return new ClaimOutcomeRow(payer.Key.PayerCode, names.GetValueOrDefault(payer.Key.PayerCode, payer.Key.PayerCode), payer.Key.Currency,
                    payer.Sum(row => row.Claims), Count(ClaimStatus.Draft, ClaimStatus.Submitted), Count(ClaimStatus.Paid), Count(ClaimStatus.PartiallyPaid), denied,
                    settled == 0 ? null : Math.Round(100m * denied / settled, 1, MidpointRounding.AwayFromZero),
                    payer.Sum(row => row.Claimed), payer.Sum(row => row.Paid),
                    payer.Where(row => row.Status == ClaimStatus.Denied).Sum(row => row.Claimed));
            })];
    }

    /// <summary>Every bill a patient still owes on, oldest first, read as it streams out.</summary>
    public IAsyncEnumerable<OpenBillRow> OpenBillsAsync()
    {
        var today = Today();
        var (days30, days60, days90) = Cuts();
        return (
                from bill in OpenBills()
                join patient in db.Patients.AsNoTracking() on bill.PatientId equals patient.PatientId into known
                from patient in known.DefaultIfEmpty()
                orderby bill.IssuedAt, bill.Number
                select new
                {
                    bill.Number, bill.IssuedAt, Mrn = patient == null ? "" : patient.Mrn,
                    Name = patient == null ? "" : patient.FirstName + " " + patient.LastName,
                    bill.BillType, bill.PayerCode, bill.Currency, bill.Total, bill.InsurerShare, bill.AmountPaid,
                    Bucket = bill.IssuedAt >= days30 ? 0 : bill.IssuedAt >= days60 ? 1 : bill.IssuedAt >= days90 ? 2 : 3,
                })
            .AsAsyncEnumerable()
            .Select(row => new OpenBillRow(row.Number, DateOnly.FromDateTime(row.IssuedAt.UtcDateTime),
                today.DayNumber - DateOnly.FromDateTime(row.IssuedAt.UtcDateTime).DayNumber, AgeBuckets[row.Bucket], row.Mrn, row.Name, row.BillType,
                row.PayerCode, row.Currency, row.Total, row.InsurerShare, row.AmountPaid, row.Total - row.InsurerShare - row.AmountPaid));
    }

    private IQueryable<Bill> OpenBills() => db.Bills.AsNoTracking()
        .Where(bill => (bill.Status == BillStatus.Issued || bill.Status == BillStatus.PartiallyPaid) && bill.Total - bill.InsurerShare - bill.AmountPaid > 0);

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The first instants of 30, 60 and 90 days ago: a bill issued on or after the first is at most 30 days old.</summary>
    private (DateTimeOffset Days30, DateTimeOffset Days60, DateTimeOffset Days90) Cuts()
    {
        var today = Today();
        DateTimeOffset DaysAgo(int days) => new(today.AddDays(-days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return (DaysAgo(30), DaysAgo(60), DaysAgo(90));
    }

    private Task<Dictionary<string, string>> PayerNamesAsync(CancellationToken cancellationToken) =>
        db.Payers.AsNoTracking().ToDictionaryAsync(payer => payer.Code, payer => payer.Name, cancellationToken);

    private sealed record Owed(string Party, string Currency, int Bucket, decimal Amount);
}
