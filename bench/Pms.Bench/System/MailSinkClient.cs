using System.Net.Http.Json;

namespace Pms.Bench.System;

/// <summary>The embedded SMTP sink's HTTP API: what mail arrived, and when.</summary>
public sealed class MailSinkClient(HttpClient sink)
{
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        using var response = await sink.DeleteAsync(new Uri("/api/messages", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<SinkMail>> ListAsync(CancellationToken cancellationToken) =>
        await sink.GetFromJsonAsync<List<SinkMail>>("/api/messages", cancellationToken) ?? [];
}
