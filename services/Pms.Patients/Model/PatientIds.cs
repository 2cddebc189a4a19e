using System.Security.Cryptography;

namespace Pms.Patients.Model;

public static class PatientIds
{
    /// <summary>
    /// The patient id of a self-registered account is derived from the account id, so every
    /// redelivery of its registration event names the same patient (and the same fee key).
    /// </summary>
    public static Guid ForAccount(Guid userId)
    {
        Span<byte> source = stackalloc byte[32];
        "pms-patient"u8.CopyTo(source);
        userId.TryWriteBytes(source[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(source, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
