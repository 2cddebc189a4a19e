using Microsoft.EntityFrameworkCore;
using Pms.Audit.Infrastructure;
using Pms.Audit.Model;
using Pms.Contracts.Audit;

namespace Pms.Audit.IntegrationEvents.Handlers;

/// <summary>
/// Appends records to their services' chains, a batch at a time: one transaction, one row lock per chain. The chain
/// head's row lock orders concurrent appends (heads are locked in name order, so two batches never wait on each other
/// in a circle); the unique (service, sequence) index refuses a fork should two ever slip past it, and the batch is retried.
/// </summary>
public static class AuditRecordedHandler
{
    public static async Task Handle(AuditRecorded[] batch, AuditDbContext db, CancellationToken cancellationToken)
    {
        var ids = batch.Select(recorded => recorded.EventId).ToList();
        var stored = (await db.Records.Where(record => ids.Contains(record.RecordId)).Select(record => record.RecordId).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = batch.Where(recorded => !stored.Contains(recorded.EventId)).DistinctBy(recorded => recorded.EventId);
        foreach (var chain in fresh.GroupBy(recorded => recorded.Service).OrderBy(chain => chain.Key, StringComparer.Ordinal))
        {
            var head = await LockHeadAsync(db, chain.Key, cancellationToken);
            foreach (var recorded in chain.OrderBy(recorded => recorded.OccurredAt))
            {
                Append(db, head, recorded);
            }
        }
    }

    private static async Task<AuditChainHead> LockHeadAsync(AuditDbContext db, string service, CancellationToken cancellationToken)
    {
        var head = await db.ChainHeads
            .FromSql($"""SELECT * FROM "AuditChainHeads" WHERE "Service" = {service} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            head = new AuditChainHead { Service = service, Sequence = 0, Hash = AuditChain.Genesis };
            db.ChainHeads.Add(head);
        }

        return head;
    }

    private static void Append(AuditDbContext db, AuditChainHead head, AuditRecorded recorded)
    {
        var record = new AuditRecord
        {
            RecordId = recorded.EventId,
            Service = recorded.Service,
            Sequence = head.Sequence + 1,
            At = AuditTime.Truncate(recorded.OccurredAt),
            UserId = recorded.UserId,
            UserName = Bounded(recorded.UserName, 200),
            UserEmail = Bounded(recorded.UserEmail, 256),
            Role = Bounded(recorded.Role, 100),
            Client = recorded.Client,
            Action = recorded.Action,
            ResourceType = recorded.ResourceType,
            ResourceId = Bounded(recorded.ResourceId, 100),
            PatientIds = [.. recorded.PatientIds],
            ClientIp = Bounded(recorded.ClientIp, 64),
            Outcome = recorded.Outcome,
            Status = recorded.Status,
            CorrelationId = Bounded(recorded.CorrelationId, 64),
            PreviousHash = head.Hash,
            Hash = [],
        };
        record.Hash = AuditChain.HashOf(record, head.Hash);
        head.Sequence = record.Sequence;
        head.Hash = record.Hash;
        db.Records.Add(record);
    }

    private static string? Bounded(string? text, int length) => text is { Length: > 0 } && text.Length > length ? text[..length] : text;
}
