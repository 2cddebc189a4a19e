namespace Pms.Audit.Infrastructure;

/// <summary>Table names that raw SQL (the append-only trigger, the chain's row lock, the tests) refers to.</summary>
public static class AuditTables
{
    public const string Records = "AuditRecords";
    public const string ChainHeads = "AuditChainHeads";
}
