using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Pms.PaymentSandbox.Webhooks;

/// <summary>Events waiting to be posted to the merchant's endpoint, and the fault that loses some of them.</summary>
public sealed class WebhookQueue(IOptions<SandboxOptions> options, TimeProvider clock)
{
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly ConcurrentDictionary<string, bool> _lostSessions = new(StringComparer.Ordinal);

    public ChannelReader<JsonObject> Reader => _events.Reader;

    public void Enqueue(JsonObject stripeEvent)
    {
        stripeEvent["api_version"] = options.Value.ApiVersion;
        stripeEvent["created"] = clock.GetUtcNow().ToUnixTimeSeconds();
        _events.Writer.TryWrite(stripeEvent);
    }

    /// <summary>Every event about this checkout session is never delivered, as if the network lost every attempt.</summary>
    public void LoseEventsOf(string sessionId) => _lostSessions.TryAdd(sessionId, true);

    public bool IsLost(JsonObject stripeEvent) =>
        stripeEvent["data"]?["object"]?["id"]?.GetValue<string>() is { } sessionId && _lostSessions.ContainsKey(sessionId);
}
