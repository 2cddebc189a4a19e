namespace Pms.Audit.Model;

/// <summary>The last link of one service's chain; its row lock orders the appends of that chain.</summary>
public sealed class AuditChainHead
{
    public required string Service { get; set; }

    public long Sequence { get; set; }

    public required byte[] Hash { get; set; }
}
