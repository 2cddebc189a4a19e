namespace Pms.Contracts.Audit;

/// <summary>Audit times as PostgreSQL keeps them (whole microseconds), so that a record hashes the same before and after it is stored.</summary>
public static class AuditTime
{
    public static DateTimeOffset Truncate(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}
