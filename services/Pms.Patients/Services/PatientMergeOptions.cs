namespace Pms.Patients.Services;

public sealed class PatientMergeOptions
{
    public const string SectionName = "PatientMerges";

    /// <summary>How long after a merge an administrator may undo it.</summary>
    public TimeSpan UndoWindow { get; set; } = TimeSpan.FromDays(30);
}
