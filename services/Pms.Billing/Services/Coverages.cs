using Microsoft.EntityFrameworkCore;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Wolverine.EntityFrameworkCore;

namespace Pms.Billing.Services;

/// <summary>
/// Patients' insurance coverages. Staff add and change them; a patient reads their own. Changes to one patient's
/// coverages take turns (the patient's row is locked), so two desks cannot both give a patient a primary coverage for the
/// same days; each change commits with its audit record.
/// </summary>
public sealed class Coverages(IDbContextOutbox<BillingDbContext> outbox, AuditTrail audit, TimeProvider clock)
{
    public static Refusal NoSuchPatient { get; } = Refusal.NotFound("No such patient.");

    private BillingDbContext Db => outbox.DbContext;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The patient's coverages, primary first and the latest first within a priority; null when the caller may not see the patient.</summary>
    public async Task<IReadOnlyList<CoverageDto>?> ListAsync(Guid patientId, Caller caller, CancellationToken cancellationToken)
    {
        if (!await caller.MaySeeAsync(Db, patientId, cancellationToken) || !await Db.Patients.AnyAsync(patient => patient.PatientId == patientId, cancellationToken))
        {
            return null;
        }

        var coverages = await Db.Coverages.AsNoTracking().Include(coverage => coverage.Payer)
            .Where(coverage => coverage.PatientId == patientId)
            .OrderBy(coverage => coverage.Priority).ThenByDescending(coverage => coverage.ValidFrom)
            .ToListAsync(cancellationToken);
        return coverages.ConvertAll(coverage => CoverageDto.From(coverage, coverage.Payer!, Today));
    }

    public async Task<Outcome<CoverageDto>> AddAsync(Guid patientId, CoverageRequest request, CancellationToken cancellationToken)
    {
        var validation = CoverageValidator.Validate(request);
        return validation.IsDone(out var valid)
            ? await SaveAsync(patientId, null, valid, cancellationToken)
            : validation.Failed<CoverageDto>();
    }

    public async Task<Outcome<CoverageDto>> ChangeAsync(Guid patientId, Guid coverageId, CoverageRequest request, CancellationToken cancellationToken)
    {
        var validation = CoverageValidator.Validate(request);
        return validation.IsDone(out var valid)
            ? await SaveAsync(patientId, coverageId, valid, cancellationToken)
            : validation.Failed<CoverageDto>();
    }

    private async Task<Outcome<CoverageDto>> SaveAsync(Guid patientId, Guid? coverageId, ValidCoverage valid, CancellationToken cancellationToken)
    {
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        var patient = await Db.Patients
            .FromSql($"""SELECT * FROM "PatientSummaries" WHERE "PatientId" = {patientId} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        if (patient is null)
        {
            return NoSuchPatient;
        }

        var coverage = coverageId is { } id
            ? await Db.Coverages.SingleOrDefaultAsync(candidate => candidate.Id == id && candidate.PatientId == patientId, cancellationToken)
            : new Coverage { Id = Guid.CreateVersion7(), PatientId = patientId, CreatedAt = clock.GetUtcNow() };
        if (coverage is null)
        {
            return Refusal.NotFound("No such coverage.");
        }

        var payer = await Db.Payers.FindAsync([valid.PayerCode], cancellationToken);
        if (payer is null || (!payer.IsActive && payer.Code != coverage.PayerCode))
        {
            return FieldErrors.Of("payerCode", payer is null ? $"There is no payer {valid.PayerCode}." : $"{payer.Name} is no longer an active payer.");
        }

        var to = valid.ValidTo ?? DateOnly.MaxValue;
        var overlapping = await Db.Coverages.AsNoTracking().Include(other => other.Payer)
            .Where(other => other.PatientId == patientId && other.Id != coverage.Id && other.Priority == valid.Priority)
            .Where(other => other.ValidFrom <= to && (other.ValidTo == null || other.ValidTo >= valid.ValidFrom))
            .OrderBy(other => other.ValidFrom)
            .FirstOrDefaultAsync(cancellationToken);
        if (overlapping is not null)
        {
            return Refusal.Conflict(
                $"The patient already has a {valid.Priority.ToString().ToLowerInvariant()} coverage on some of these days.",
                $"{overlapping.Payer!.Name}, {Period(overlapping.ValidFrom, overlapping.ValidTo)}. End it first, or give this coverage another priority.");
        }

        Apply(coverage, valid);
        if (coverageId is null)
        {
            Db.Coverages.Add(coverage);
        }

        audit.Record(coverageId is null ? AuditActions.Create : AuditActions.Update, AuditResources.Coverage, coverage.Id, patientId);
        await audit.EnlistAsync(outbox, coverageId is null ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await outbox.FlushOutgoingMessagesAsync();
        return CoverageDto.From(coverage, payer, Today);
    }

    private void Apply(Coverage coverage, ValidCoverage valid)
    {
        coverage.PayerCode = valid.PayerCode;
        coverage.Plan = valid.Plan;
        coverage.MemberId = valid.MemberId;
        coverage.GroupNumber = valid.GroupNumber;
        coverage.ValidFrom = valid.ValidFrom;
        coverage.ValidTo = valid.ValidTo;
        coverage.Priority = valid.Priority;
        coverage.PolicyHolder = valid.PolicyHolder;
        coverage.Relationship = valid.Relationship;
        coverage.UpdatedAt = clock.GetUtcNow();
    }

    private static string Period(DateOnly from, DateOnly? to) =>
        to is { } end ? $"{from:yyyy-MM-dd} to {end:yyyy-MM-dd}" : $"from {from:yyyy-MM-dd}, with no end date";
}
