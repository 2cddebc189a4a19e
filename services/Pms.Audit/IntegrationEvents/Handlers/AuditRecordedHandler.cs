using Microsoft.EntityFrameworkCore;
using Pms.Audit.Infrastructure;
using Pms.Audit.Model;
using Pms.Contracts.Audit;

namespace Pms.Audit.IntegrationEvents.Handlers;

/// <summary>
/// Appends a record to its service's chain. The chain head's row lock orders concurrent appends; the unique
/// (service, sequence) index refuses a fork should two ever slip past it, and the message is retried.
/// </summary>
public static class AuditRecordedHandler
{
    public static async Task Handle(AuditRecorded recorded, AuditDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Records.AnyAsync(record => record.RecordId == recorded.EventId, cancellationToken))
        {
            return;
        }

        var head = await db.ChainHeads
            .FromSql($"""SELECT * FROM "AuditChainHeads" WHERE "Service" = {recorded.Service} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            head = new AuditChainHead { Service = recorded.Service, Sequence = 0, Hash = AuditChain.Genesis };
            db.ChainHeads.Add(head);
        }

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
