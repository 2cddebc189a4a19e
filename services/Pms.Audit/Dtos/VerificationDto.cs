namespace Pms.Audit.Dtos;

/// <summary>Whether every chain still links up; <see cref="FirstBrokenAt"/> is the time of the earliest record that does not.</summary>
public sealed record VerificationDto(bool Ok, long Checked, DateTimeOffset? FirstBrokenAt);
