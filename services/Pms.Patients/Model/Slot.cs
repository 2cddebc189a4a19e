namespace Pms.Patients.Model;

/// <summary>A bookable interval, as UTC instants.</summary>
public sealed record Slot(DateTimeOffset StartsAt, DateTimeOffset EndsAt);
