using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

/// <summary>The embedded SMTP sink's HTTP API: what mail arrived for an address.</summary>
public sealed class MailSink(PmsAppFixture fixture)
{
    public async Task<List<string>> SubjectsForAsync(string address, CancellationToken cancellationToken)
    {
        using var sink = fixture.App.CreateHttpClient(PmsAppFixture.MailSink);
        var messages = await sink.GetFromJsonAsync<JsonElement>($"/api/messages?to={Uri.EscapeDataString(address)}", cancellationToken);
        return [.. messages.EnumerateArray().Select(message => message.GetProperty("subject").GetString()!)];
    }

    public async Task<string> TextBodyOfAsync(string address, string subjectStart, CancellationToken cancellationToken)
    {
        using var sink = fixture.App.CreateHttpClient(PmsAppFixture.MailSink);
        var messages = await sink.GetFromJsonAsync<JsonElement>($"/api/messages?to={Uri.EscapeDataString(address)}", cancellationToken);
        var id = messages.EnumerateArray().First(message => message.GetProperty("subject").GetString()!.StartsWith(subjectStart, StringComparison.Ordinal))
            .GetProperty("id").GetGuid();
        var message = await sink.GetFromJsonAsync<JsonElement>($"/api/messages/{id}", cancellationToken);
        return message.GetProperty("textBody").GetString()!;
    }

    /// <summary>Waits until a mail whose subject starts with <paramref name="subjectStart"/> reached the address.</summary>
    public Task<string> WaitForAsync(string address, string subjectStart, CancellationToken cancellationToken) =>
        WaitForAsync(address, subject => subject.StartsWith(subjectStart, StringComparison.Ordinal), cancellationToken);

    /// <summary>Waits until a mail whose subject matches reached the address.</summary>
    public Task<string> WaitForAsync(string address, Func<string, bool> matches, CancellationToken cancellationToken) =>
        Eventually.GetAsync(
            async () => (await SubjectsForAsync(address, cancellationToken)).FirstOrDefault(matches), TimeSpan.FromSeconds(45), cancellationToken);
}
