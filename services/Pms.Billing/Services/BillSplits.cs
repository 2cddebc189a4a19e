using Microsoft.EntityFrameworkCore;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;

namespace Pms.Billing.Services;

/// <summary>
/// Finds the cover of a bill being issued: the patient's primary coverage in force on its day, under its payer's rule for
/// the bill's type; the insurer's share of a split bill becomes a draft claim.
/// </summary>
public static class BillSplits
{
    /// <summary>The first key of the patients' yearly-cap locks, apart from any other advisory lock of the database.</summary>
    private const int YearlyCapLockClass = 2;

    /// <summary>
    /// Splits <paramref name="bill"/> when the patient is covered; a bill without a coverage in force, or whose payer has no
    /// rule for its type, stays the patient's in full. The yearly cap counts the payer's shares of the patient's other bills
    /// of the type issued in the same calendar year, voided and refunded ones excepted.
    /// </summary>
    public static async Task SplitWithCoverageAsync(this BillingDbContext db, Bill bill, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(bill.IssuedAt.UtcDateTime);
        var coverage = await db.Coverages.AsNoTracking()
            .Where(candidate => candidate.PatientId == bill.PatientId && candidate.Priority == CoveragePriority.Primary)
            .Where(candidate => candidate.ValidFrom <= day && (candidate.ValidTo == null || candidate.ValidTo >= day))
            .OrderByDescending(candidate => candidate.ValidFrom)
            .FirstOrDefaultAsync(cancellationToken);
        if (coverage is null)
        {
            return;
        }

        var rule = await db.CoverageRules.AsNoTracking()
            .SingleOrDefaultAsync(candidate => candidate.PayerCode == coverage.PayerCode && candidate.BillType == bill.BillType, cancellationToken);
        if (rule is null)
        {
            return;
        }

        if (rule.YearlyCap is not null)
        {
            await db.TakePatientsCapLockAsync(bill.PatientId, cancellationToken);
        }

        var yearStart = new DateTimeOffset(bill.IssuedAt.UtcDateTime.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var usedThisYear = await db.Bills
            .Where(other => other.PatientId == bill.PatientId && other.PayerCode == coverage.PayerCode && other.BillType == bill.BillType)
            .Where(other => other.Id != bill.Id && other.Status != BillStatus.Void && other.Status != BillStatus.Refunded && other.IssuedAt >= yearStart && other.IssuedAt < yearStart.AddYears(1))
            .SumAsync(other => other.InsurerShare, cancellationToken);
        bill.SplitWith(coverage, rule, usedThisYear);
        if (bill.InsurerShare > 0)
        {
            db.Claims.Add(Claim.For(bill, bill.IssuedAt));
        }
    }

    /// <summary>
    /// Two bills of one patient issued at the same moment would each miss the other's share and both take what is left
    /// of the yearly cap: the bill's transaction begins here, and a second bill of the patient waits for the first to
    /// commit before it counts what the payer has paid this year.
    /// </summary>
    private static async Task TakePatientsCapLockAsync(this BillingDbContext db, Guid patientId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({YearlyCapLockClass}, hashtext({patientId.ToString()}))", cancellationToken);
    }
}
