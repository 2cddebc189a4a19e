namespace Pms.Web.Gateway.Models;

/// <summary>A duplicate record merged into a surviving one; an administrator can undo it until <see cref="UndoableUntil"/>.</summary>
public sealed record PatientMerge(
    Guid Id,
    Guid SurvivorId,
    Guid DuplicateId,
    DateTimeOffset MergedAt,
    Guid MergedBy,
    int MovedAppointments,
    int MovedDocuments,
    DateTimeOffset? UndoneAt,
    DateTimeOffset UndoableUntil);
