using System.Globalization;
using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;
using Pms.Testing;

namespace Pms.MailSink.Tests;

public sealed class MailSinkFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(10);

    public int SmtpPort { get; } = FreePort.Next();

    public async ValueTask InitializeAsync()
    {
        // The SMTP listener starts in the background after the web host: wait until the health check sees its greeting.
        using var client = CreateClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(StartupTimeout);
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }

    public async Task SendAsync(MimeMessage message)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(IPAddress.Loopback.ToString(), SmtpPort, SecureSocketOptions.None, cancellationToken);
        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseSetting("MailSink:SmtpHost", IPAddress.Loopback.ToString())
            .UseSetting("MailSink:SmtpPort", SmtpPort.ToString(CultureInfo.InvariantCulture));

}
