using OtpNet;

namespace Pms.Auth.Services.Mfa;

/// <summary>RFC 6238 codes (Otp.NET): 6 digits, 30-second steps, SHA-1, as every authenticator app expects.</summary>
public sealed class TotpCodes(TimeProvider clock)
{
    public const string Issuer = "PMS";

    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    public static string OtpauthUri(string accountName, string secret) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(accountName)}?secret={secret}&issuer={Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30";

    /// <summary>The time step the code belongs to when it is right now (one step of drift either way), and later than <paramref name="lastAccepted"/>.</summary>
    public long? Verify(string secret, string code, long? lastAccepted)
    {
        var digits = new string([.. code.Where(char.IsAsciiDigit)]);
        if (digits.Length != 6)
        {
            return null;
        }

        var totp = new Totp(Base32Encoding.ToBytes(secret));
        return totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, digits, out var step, VerificationWindow.RfcSpecifiedNetworkDelay) && step > (lastAccepted ?? long.MinValue)
            ? step
            : null;
    }
}
