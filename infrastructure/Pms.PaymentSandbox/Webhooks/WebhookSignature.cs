using System.Security.Cryptography;
using System.Text;

namespace Pms.PaymentSandbox.Webhooks;

/// <summary>Stripe's signature scheme: <c>t=timestamp,v1=hex(HMAC-SHA256(secret, "timestamp.payload"))</c>.</summary>
public static class WebhookSignature
{
    public static string Header(string payload, string secret, long timestamp)
    {
        var signed = Encoding.UTF8.GetBytes(FormattableString.Invariant($"{timestamp}.{payload}"));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return FormattableString.Invariant($"t={timestamp},v1={Convert.ToHexStringLower(signature)}");
    }
}
