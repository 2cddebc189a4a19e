namespace Pms.Patients.Services;

public sealed record ValidMove(DateTimeOffset StartsAt, string Reason);
