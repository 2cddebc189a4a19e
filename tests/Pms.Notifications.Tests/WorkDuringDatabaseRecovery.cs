namespace Pms.Notifications.Tests;

public sealed record WorkDuringDatabaseRecovery(Guid Id, int FailedAttempts);
