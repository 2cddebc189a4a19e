using System.Net.Http.Json;
using System.Text.Json;
using MailKit.Net.Smtp;
using MimeKit;

namespace Pms.EndToEnd.Tests;

public sealed class MailSinkTests(PmsAppFixture fixture)
{
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task MailSentOverSmtpShowsUpInTheSinksHttpApi()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var smtp = new Uri((await fixture.App.GetConnectionStringAsync(ResourceNames.Mail, cancellationToken))!);
        var recipient = $"patient.{Guid.NewGuid():N}@example.org";
        using var message = new MimeMessage
        {
            Subject = "Welcome to PMS",
            Body = new TextPart("plain") { Text = "Your record is ready." },
        };
        message.From.Add(MailboxAddress.Parse("no-reply@pms.local"));
        message.To.Add(MailboxAddress.Parse(recipient));

        using (var client = new SmtpClient())
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, MailKit.Security.SecureSocketOptions.None, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        using var sink = fixture.App.CreateHttpClient(PmsAppFixture.MailSink);
        var messages = await sink.GetFromJsonAsync<JsonElement>($"/api/messages?to={Uri.EscapeDataString(recipient)}", cancellationToken);
        var received = Assert.Single(messages.EnumerateArray());
        Assert.Equal("Welcome to PMS", received.GetProperty("subject").GetString());
    }
}
