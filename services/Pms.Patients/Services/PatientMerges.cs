using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Contracts.Audit;
using Pms.Contracts.Events;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Patients.Services;

/// <summary>
/// Merges a duplicate record into a surviving one — details picked field by field, appointments and documents moved,
/// <see cref="PatientsMerged"/> for billing and notifications — all in one transaction; and undoes it within the window.
/// </summary>
public sealed class PatientMerges(IDbContextOutbox<PatientDbContext> outbox, AuditTrail audit, IOptions<PatientMergeOptions> options, TimeProvider clock)
{
    private static readonly Refusal NoSuchPatient = Refusal.NotFound("No such patient.");

    private PatientDbContext Db => outbox.DbContext;

    public async Task<Outcome<PatientMergeDto>> MergeAsync(Guid survivorId, MergeRequest request, Caller caller, CancellationToken cancellationToken)
    {
        if (Validate(request, survivorId) is { } errors)
        {
            return new FieldErrors(errors);
        }

        var duplicateId = request.DuplicateId!.Value;
        audit.Record(AuditActions.Update, AuditResources.Patient, survivorId, survivorId);
        audit.Record(AuditActions.Update, AuditResources.Patient, duplicateId, duplicateId);
        var records = await Db.Patients.Where(patient => patient.Id == survivorId || patient.Id == duplicateId).ToListAsync(cancellationToken);
        if (records.Find(patient => patient.Id == survivorId) is not { } survivor || records.Find(patient => patient.Id == duplicateId) is not { } duplicate)
        {
            return NoSuchPatient;
        }

        if (WhyNot(survivor, duplicate, request) is { } refusal)
        {
            return refusal;
        }

        // A visit in today's queue is the desk's live work: it closes first, then its record may go.
        if (await Db.Visits.AnyAsync(visit => visit.PatientId == duplicateId && VisitQueries.OpenStages.Contains(visit.Stage), cancellationToken))
        {
            return Refusal.Conflict("The duplicate record is checked in today; close its visit in the waiting room first.");
        }

        var now = clock.GetUtcNow();
        var merge = new PatientMerge
        {
            Id = Guid.CreateVersion7(),
            SurvivorId = survivorId,
            DuplicateId = duplicateId,
            MergedAt = now,
            MergedBy = caller.UserId,
            SurvivorBefore = PatientSnapshot.Of(survivor),
            DuplicateBefore = PatientSnapshot.Of(duplicate),
        };
        PatientMerge.Combine(survivor, duplicate, Fields(request.TakeFromDuplicate), now);
        var appointments = await Db.Appointments.Where(appointment => appointment.PatientId == duplicateId).ToListAsync(cancellationToken);
        appointments.ForEach(appointment => appointment.TransferTo(survivorId, now));
        var documents = await Db.Documents.Where(document => document.PatientId == duplicateId).ToListAsync(cancellationToken);
        documents.ForEach(document => document.PatientId = survivorId);
        merge.MovedAppointmentIds = [.. appointments.Select(appointment => appointment.Id)];
        merge.MovedDocumentIds = [.. documents.Select(document => document.Id)];
        Db.PatientMerges.Add(merge);

        await outbox.PublishEventAsync(new PatientsMerged(merge.Id, survivorId, duplicateId, now));
        await outbox.PublishEventAsync(PatientEvents.Updated(survivor));
        await outbox.PublishEventAsync(PatientEvents.Updated(duplicate));
        await audit.EnlistAsync(outbox, StatusCodes.Status201Created);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return PatientMergeDto.From(merge, options.Value.UndoWindow);
    }

    public async Task<Outcome<PatientMergeDto>> UndoAsync(Guid mergeId, Caller caller, CancellationToken cancellationToken)
    {
        var merge = await Db.PatientMerges.SingleOrDefaultAsync(candidate => candidate.Id == mergeId, cancellationToken);
        if (merge is null)
        {
            return Refusal.NotFound("No such merge.");
        }

        audit.Record(AuditActions.Update, AuditResources.Patient, merge.SurvivorId, merge.SurvivorId);
        audit.Record(AuditActions.Update, AuditResources.Patient, merge.DuplicateId, merge.DuplicateId);
        var now = clock.GetUtcNow();
        if (merge.UndoneAt is not null)
        {
            return Refusal.Conflict("This merge was already undone.");
        }

        if (now > merge.MergedAt + options.Value.UndoWindow)
        {
            return Refusal.Conflict($"A merge can be undone for {options.Value.UndoWindow.TotalDays:0} days; this one is older.");
        }

        var records = await Db.Patients.Where(patient => patient.Id == merge.SurvivorId || patient.Id == merge.DuplicateId).ToListAsync(cancellationToken);
        var survivor = records.Single(patient => patient.Id == merge.SurvivorId);
        var duplicate = records.Single(patient => patient.Id == merge.DuplicateId);
        if (survivor.ReplacedBy is not null)
        {
            return Refusal.Conflict("The surviving record was merged again since; undo that merge first.");
        }

        // The survivor gives back the identifiers and account it gained before the duplicate takes them again.
        merge.SurvivorBefore.RestoreTo(survivor);
        survivor.UpdatedAt = now;
        merge.DuplicateBefore.RestoreTo(duplicate);
        duplicate.ReplacedBy = null;
        duplicate.UpdatedAt = now;
        var appointments = await Db.Appointments
            .Where(appointment => merge.MovedAppointmentIds.Contains(appointment.Id) && appointment.PatientId == merge.SurvivorId).ToListAsync(cancellationToken);
        appointments.ForEach(appointment => appointment.TransferTo(merge.DuplicateId, now));
        var documents = await Db.Documents
            .Where(document => merge.MovedDocumentIds.Contains(document.Id) && document.PatientId == merge.SurvivorId).ToListAsync(cancellationToken);
        documents.ForEach(document => document.PatientId = merge.DuplicateId);
        merge.UndoneAt = now;
        merge.UndoneBy = caller.UserId;

        await outbox.PublishEventAsync(new PatientMergeUndone(merge.Id, merge.SurvivorId, merge.DuplicateId, now));
        await outbox.PublishEventAsync(PatientEvents.Updated(survivor));
        await outbox.PublishEventAsync(PatientEvents.Updated(duplicate));
        await audit.EnlistAsync(outbox);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return PatientMergeDto.From(merge, options.Value.UndoWindow);
    }

    /// <summary>The merges a record took part in, newest first.</summary>
    public async Task<IReadOnlyList<PatientMergeDto>> HistoryAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var merges = await Db.PatientMerges.AsNoTracking()
            .Where(merge => merge.SurvivorId == patientId || merge.DuplicateId == patientId)
            .OrderByDescending(merge => merge.MergedAt)
            .ToListAsync(cancellationToken);
        return [.. merges.Select(merge => PatientMergeDto.From(merge, options.Value.UndoWindow))];
    }

    private static Dictionary<string, string[]>? Validate(MergeRequest request, Guid survivorId)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.DuplicateId is not { } duplicateId || duplicateId == Guid.Empty)
        {
            errors["duplicateId"] = ["The duplicate record's id is required."];
        }
        else if (duplicateId == survivorId)
        {
            errors["duplicateId"] = ["A record cannot be merged into itself."];
        }

        var unknown = (request.TakeFromDuplicate ?? []).Where(field => !Enum.TryParse<MergeField>(field, ignoreCase: true, out _)).ToList();
        if (unknown.Count > 0)
        {
            errors["takeFromDuplicate"] = [$"Not details of a record: {string.Join(", ", unknown)}. They are {string.Join(", ", Enum.GetNames<MergeField>())}."];
        }

        return errors.Count > 0 ? errors : null;
    }

    private static Refusal? WhyNot(Patient survivor, Patient duplicate, MergeRequest request) =>
        survivor.ReplacedBy is not null || duplicate.ReplacedBy is not null
            ? Refusal.Conflict("One of the records was already merged into another.")
        : survivor.AuthUserId is not null && duplicate.AuthUserId is not null
            ? Refusal.Conflict(
                "Both records have their own patient account.", "A person signs in to one record: close one of the accounts before merging.")
        : (request.SurvivorVersion is { } survivorVersion && survivorVersion != survivor.Version)
            || (request.DuplicateVersion is { } duplicateVersion && duplicateVersion != duplicate.Version)
            ? Refusal.Conflict("A record changed since the comparison; compare again.")
        : null;

    private static HashSet<MergeField> Fields(IReadOnlyList<string>? names) =>
        [.. (names ?? []).Select(name => Enum.Parse<MergeField>(name, ignoreCase: true))];
}
