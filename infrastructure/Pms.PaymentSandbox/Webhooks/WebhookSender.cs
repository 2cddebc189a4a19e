using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Pms.PaymentSandbox.Webhooks;

/// <summary>
/// Posts each event to the merchant's endpoint, signed, and retries with a doubling wait until it is
/// answered 2xx or the attempts run out, as Stripe does. Each event is sent on its own, so a slow
/// retry never holds the next one back.
/// </summary>
public sealed class WebhookSender(WebhookQueue queue, IOptions<SandboxOptions> options, TimeProvider clock, ILogger<WebhookSender> logger) : BackgroundService
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var stripeEvent in queue.Reader.ReadAllAsync(stoppingToken))
        {
            if (queue.IsLost(stripeEvent))
            {
                logger.LogWarning("Event {EventId} ({Type}) lost on purpose: a fault asked for it.", stripeEvent["id"], stripeEvent["type"]);
                continue;
            }

            _ = DeliverAsync(stripeEvent, stoppingToken);
        }
    }

    private async Task DeliverAsync(JsonObject stripeEvent, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.WebhookUrl is null)
        {
            logger.LogInformation("Event {EventId} ({Type}) kept: no webhook endpoint is configured.", stripeEvent["id"], stripeEvent["type"]);
            return;
        }

        var payload = stripeEvent.ToJsonString();
        var delay = settings.FirstRetryDelay;
        for (var attempt = 1; attempt <= settings.WebhookAttempts && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, settings.WebhookUrl) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
                request.Headers.Add("Stripe-Signature", WebhookSignature.Header(payload, settings.WebhookSecret, clock.GetUtcNow().ToUnixTimeSeconds()));
                using var response = await _http.SendAsync(request, stoppingToken);
                if (response.IsSuccessStatusCode)
                {
                    logger.LogInformation("Event {EventId} ({Type}) delivered on attempt {Attempt}.", stripeEvent["id"], stripeEvent["type"], attempt);
                    return;
                }

                logger.LogWarning("Event {EventId} ({Type}) attempt {Attempt} answered {Status}.", stripeEvent["id"], stripeEvent["type"], attempt, (int)response.StatusCode);
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Event {EventId} ({Type}) attempt {Attempt} failed: {Reason}", stripeEvent["id"], stripeEvent["type"], attempt, failure.Message);
            }

            await Task.Delay(delay, clock, stoppingToken);
            delay *= 2;
        }

        logger.LogError("Event {EventId} ({Type}) given up after {Attempts} attempts.", stripeEvent["id"], stripeEvent["type"], settings.WebhookAttempts);
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }
}
