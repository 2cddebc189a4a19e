using System.ComponentModel.DataAnnotations;

namespace Pms.Audit.Services;

public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>The floor the database itself enforces: HIPAA keeps documentation six years.</summary>
    public const int MinimumRetentionDays = 2192;

    /// <summary>How long records are kept; records older than this are deleted once a day.</summary>
    [Range(MinimumRetentionDays, 36_500, ErrorMessage = "Audit:RetentionDays must be at least 2192 (six years).")]
    public int RetentionDays { get; set; } = MinimumRetentionDays;

    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromDays(1);
}
