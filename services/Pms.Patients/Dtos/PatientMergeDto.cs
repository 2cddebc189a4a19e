using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

public sealed record PatientMergeDto(
    Guid Id, Guid SurvivorId, Guid DuplicateId, DateTimeOffset MergedAt, Guid MergedBy, int MovedAppointments, int MovedDocuments,
    DateTimeOffset? UndoneAt, DateTimeOffset UndoableUntil)
{
    public static PatientMergeDto From(PatientMerge merge, TimeSpan undoWindow) => new(
        merge.Id, merge.SurvivorId, merge.DuplicateId, merge.MergedAt, merge.MergedBy, merge.MovedAppointmentIds.Count, merge.MovedDocumentIds.Count,
        merge.UndoneAt, merge.MergedAt + undoWindow);
}
