using Microsoft.EntityFrameworkCore;
using Pms.Audit.Dtos;
using Pms.Audit.Infrastructure;
using Pms.Audit.Model;

namespace Pms.Audit.Services;

/// <summary>
/// Re-walks every service's chain: each record must hash to what it stores and name the hash of the record before it.
/// A chain's first kept record is its anchor (older ones may have passed the retention period).
/// </summary>
public sealed class AuditVerification(AuditDbContext db)
{
    public async Task<VerificationDto> VerifyAsync(CancellationToken cancellationToken)
    {
        long checkedCount = 0;
        DateTimeOffset? firstBrokenAt = null;
        string? service = null;
        byte[]? previousHash = null;
        await foreach (var record in db.Records.AsNoTracking().OrderBy(record => record.Service).ThenBy(record => record.Sequence)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!string.Equals(record.Service, service, StringComparison.Ordinal))
            {
                service = record.Service;
                previousHash = record.PreviousHash;
            }

            checkedCount++;
            var intact = record.PreviousHash.AsSpan().SequenceEqual(previousHash)
                && AuditChain.HashOf(record, record.PreviousHash).AsSpan().SequenceEqual(record.Hash);
            if (!intact && (firstBrokenAt is null || record.At < firstBrokenAt))
            {
                firstBrokenAt = record.At;
            }

            previousHash = record.Hash;
        }

        return new VerificationDto(firstBrokenAt is null, checkedCount, firstBrokenAt);
    }
}
