using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Pms.Contracts;
using Pms.Notifications.Services;

namespace Pms.Notifications.Sending;

/// <summary>
/// Email over real SMTP (MailKit) to the <c>mail</c> resource: the sink, a mail catcher or a relay. One session carries
/// message after message; after a pause it is checked with NOOP before use (servers close idle sessions), and after any
/// failure it is dropped, so the next message opens a new one.
/// </summary>
public sealed class SmtpEmailSender(IConfiguration configuration, IOptions<NotificationOptions> options, TimeProvider clock) : IEmailSender, IAsyncDisposable
{
    private static readonly TimeSpan CheckedAfterIdle = TimeSpan.FromSeconds(5);

    private readonly Uri _server = new(configuration.GetConnectionString(ResourceNames.Mail)
        ?? throw new InvalidOperationException($"ConnectionStrings:{ResourceNames.Mail} is required."));

    private readonly SemaphoreSlim _session = new(1, 1);
    private SmtpClient? _client;
    private DateTimeOffset _lastUsed;

    public async Task<string> SendAsync(string to, string subject, string text, string? html, CancellationToken cancellationToken)
    {
        using var message = new MimeMessage { Subject = subject };
        message.From.Add(new MailboxAddress(options.Value.HospitalName, options.Value.FromAddress));
        message.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        message.Body = body.ToMessageBody();

        await _session.WaitAsync(cancellationToken);
        try
        {
            var client = await ConnectedAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
            _lastUsed = clock.GetUtcNow();
            return message.MessageId ?? "";
        }
        catch
        {
            Drop();
            throw;
        }
        finally
        {
            _session.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _session.WaitAsync();
        try
        {
            if (_client is { IsConnected: true })
            {
                await _client.DisconnectAsync(quit: true);
            }

            Drop();
        }
        finally
        {
            _session.Release();
            _session.Dispose();
        }
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true } open && (clock.GetUtcNow() - _lastUsed < CheckedAfterIdle || await StillOpenAsync(open, cancellationToken)))
        {
            return open;
        }

        Drop();
        var client = new SmtpClient();
        _client = client;
        await client.ConnectAsync(_server.Host, _server.Port, _server.Scheme == "smtps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (!string.IsNullOrEmpty(_server.UserInfo))
        {
            var credentials = Uri.UnescapeDataString(_server.UserInfo).Split(':', 2);
            await client.AuthenticateAsync(credentials[0], credentials.ElementAtOrDefault(1) ?? "", cancellationToken);
        }

        return client;
    }

    /// <summary>Whether an idle session still answers; one the server closed is replaced before a message is given to it.</summary>
    private static async Task<bool> StillOpenAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.NoOpAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is IOException or SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException)
        {
            return false;
        }
    }

    private void Drop()
    {
        _client?.Dispose();
        _client = null;
    }
}
