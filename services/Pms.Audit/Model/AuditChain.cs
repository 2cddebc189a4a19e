using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Pms.Audit.Model;

/// <summary>How a record is tied to the one before it: SHA-256 of the previous hash and the record's fields in a fixed form.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of a chain's first record.</summary>
    public static byte[] Genesis { get; } = new byte[32];

    public static byte[] HashOf(AuditRecord record, byte[] previousHash)
    {
        var fields = JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            record.RecordId, record.Service, record.Sequence,
            record.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            record.UserId, record.UserName, record.UserEmail, record.Role, record.Client, record.Action, record.ResourceType,
            record.ResourceId, record.PatientIds, record.ClientIp, record.Outcome, record.Status, record.CorrelationId,
        });
        var input = new byte[previousHash.Length + fields.Length];
        previousHash.CopyTo(input, 0);
        fields.CopyTo(input, previousHash.Length);
        return SHA256.HashData(input);
    }
}
