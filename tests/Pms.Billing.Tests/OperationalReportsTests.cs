using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Billing.Reports;
using Pms.Billing.Tests.Infrastructure;
using Pms.ServiceDefaults.Apis;
using Pms.Testing;

namespace Pms.Billing.Tests;

/// <summary>
/// The money reports against a data set of their own, in a database of their own, with every figure worked out by hand:
/// eight bills of two patients (self-pay, split with two insurers, paid, open, void) from 1 to 100 days old, and five
/// claims from waiting to denied.
/// </summary>
public sealed class OperationalReportsTests(BillingApp app) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly ReportPeriod LastThirtyDays = new(new DateOnly(2026, 11, 8), new DateOnly(2026, 12, 7));
    private readonly Guid _ada = Guid.NewGuid();
    private readonly Guid _kofi = Guid.NewGuid();
    private string _connectionString = "";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connectionString = await app.Postgres.CreateMigratedDatabaseAsync();
        await using var db = Db();
        db.Payers.AddRange(new Payer { Code = "AA", Name = "Alpha Assurance" }, new Payer { Code = "BB", Name = "Beta Benefit" });
        db.Patients.AddRange(
            new PatientSummary { PatientId = _ada, Mrn = "PMS-0000001-8", FirstName = "Ada", LastName = "Ng", UpdatedAt = Now },
            new PatientSummary { PatientId = _kofi, Mrn = "PMS-0000002-6", FirstName = "Kofi", LastName = "Annan", UpdatedAt = Now });
        var bills = new[]
        {
            Bill("INV-1", _ada, BillType.Consultation, BillStatus.Issued, daysAgo: 5, total: 100, insurer: 80, payer: "AA", paid: 0),
            Bill("INV-2", _ada, BillType.Laboratory, BillStatus.PartiallyPaid, daysAgo: 45, total: 50, insurer: 0, payer: null, paid: 10),
            Bill("INV-3", _kofi, BillType.Laboratory, BillStatus.Paid, daysAgo: 2, total: 30, insurer: 0, payer: null, paid: 30),
            Bill("INV-4", _kofi, BillType.Consultation, BillStatus.Issued, daysAgo: 100, total: 200, insurer: 150, payer: "AA", paid: 0),
            Bill("INV-5", _kofi, BillType.Registration, BillStatus.Void, daysAgo: 1, total: 25, insurer: 0, payer: null, paid: 0),
            Bill("INV-6", _ada, BillType.Consultation, BillStatus.Paid, daysAgo: 70, total: 60, insurer: 60, payer: "BB", paid: 0),
            Bill("INV-7", _ada, BillType.Consultation, BillStatus.Paid, daysAgo: 10, total: 40, insurer: 0, payer: "BB", paid: 40),
            Bill("INV-8", _kofi, BillType.Laboratory, BillStatus.Paid, daysAgo: 12, total: 30, insurer: 30, payer: "BB", paid: 0),
        };
        db.Bills.AddRange(bills);
        db.Claims.AddRange(
            Claim("CLM-1", bills[0], "AA", ClaimStatus.Draft, daysAgo: 5, amount: 80, paid: 0),
            Claim("CLM-4", bills[3], "AA", ClaimStatus.Submitted, daysAgo: 100, amount: 150, paid: 0),
            Claim("CLM-6", bills[5], "BB", ClaimStatus.Submitted, daysAgo: 70, amount: 60, paid: 0),
            Claim("CLM-7", bills[6], "BB", ClaimStatus.Denied, daysAgo: 10, amount: 40, paid: 0),
            Claim("CLM-8", bills[7], "BB", ClaimStatus.Paid, daysAgo: 12, amount: 30, paid: 30));
        await db.SaveChangesAsync(Cancellation);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [TimedFact]
    public async Task RevenueByPayerSplitsWhatWasBilledInThePeriodBetweenInsurersAndPatientsLeavingVoidBillsOut()
    {
        await using var db = Db();

        var rows = await Reports(db).RevenueByPayerAsync(LastThirtyDays, Cancellation);

        Assert.Equal(
        [
            new PayerRevenueRow(BillType.Consultation, "AA", "Alpha Assurance", "USD", 1, 100m, 80m, 20m, 0m),
            new PayerRevenueRow(BillType.Consultation, "BB", "Beta Benefit", "USD", 1, 40m, 0m, 40m, 40m),
            new PayerRevenueRow(BillType.Laboratory, "", "Self-pay", "USD", 1, 30m, 0m, 30m, 30m),
            new PayerRevenueRow(BillType.Laboratory, "BB", "Beta Benefit", "USD", 1, 30m, 30m, 0m, 0m),
        ], rows);
    }

    [TimedFact]
    public async Task AgedReceivablesShowWhatPatientsAndEachInsurerStillOweByAge()
    {
        await using var db = Db();

        var rows = await Reports(db).AgedReceivablesAsync(Cancellation);

        Assert.Equal(
        [
            new AgedReceivableRow(OperationalReports.PatientsParty, "Patients' own shares", "USD", 20m, 40m, 0m, 50m, 110m),
            new AgedReceivableRow("AA", "Alpha Assurance", "USD", 80m, 0m, 0m, 150m, 230m),
            new AgedReceivableRow("BB", "Beta Benefit", "USD", 0m, 0m, 60m, 0m, 60m),
        ], rows);
    }

    [TimedFact]
    public async Task ClaimOutcomesGiveEachPayersDenialRateOfTheClaimsSettled()
    {
        await using var db = Db();

        var rows = await Reports(db).ClaimOutcomesAsync(LastThirtyDays, Cancellation);

        Assert.Equal(
        [
            new ClaimOutcomeRow("AA", "Alpha Assurance", "USD", 1, 1, 0, 0, 0, null, 80m, 0m, 0m),
            new ClaimOutcomeRow("BB", "Beta Benefit", "USD", 2, 0, 1, 0, 1, 50.0m, 70m, 30m, 40m),
        ], rows);
    }

    [TimedFact]
    public async Task TheOpenBillsListIsEveryBillAPatientStillOwesOnOldestFirst()
    {
        await using var db = Db();

        var rows = await Reports(db).OpenBillsAsync().ToListAsync(Cancellation);

        Assert.Equal(
        [
            ("INV-4", 100, ">90", "PMS-0000002-6", "Kofi Annan", 50m),
            ("INV-2", 45, "31-60", "PMS-0000001-8", "Ada Ng", 40m),
            ("INV-1", 5, "0-30", "PMS-0000001-8", "Ada Ng", 20m),
        ], rows.Select(row => (row.Number, row.AgeDays, row.AgeBucket, row.Mrn, row.PatientName, row.PatientOwes)));
    }

    private static OperationalReports Reports(BillingDbContext db) => new(db, new FakeTimeProvider(Now));

    private BillingDbContext Db() => new(new DbContextOptionsBuilder<BillingDbContext>().UseNpgsql(_connectionString).Options);

    private static Bill Bill(string number, Guid patientId, BillType type, BillStatus status, int daysAgo, decimal total, decimal insurer, string? payer, decimal paid) => new()
    {
        Id = Guid.NewGuid(),
        Number = number,
        PatientId = patientId,
        BillType = type,
        Status = status,
        Currency = "USD",
        Subtotal = total,
        Total = total,
        InsurerShare = insurer,
        PayerCode = payer,
        AmountPaid = paid,
        IssuedAt = Now.AddDays(-daysAgo),
    };

    private static Claim Claim(string number, Bill bill, string payer, ClaimStatus status, int daysAgo, decimal amount, decimal paid) => new()
    {
        Id = Guid.NewGuid(),
        Number = number,
        BillId = bill.Id,
        PatientId = bill.PatientId,
        PayerCode = payer,
        CoverageId = Guid.NewGuid(),
        Currency = "USD",
        Status = status,
        Amount = amount,
        AmountPaid = paid,
        CreatedAt = Now.AddDays(-daysAgo),
    };
}
