using System.Collections.Concurrent;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Pms.Contracts;
using Pms.Notifications.Services;

namespace Pms.Notifications.Sending;

/// <summary>
/// Email over real SMTP (MailKit) to the <c>mail</c> resource: the sink, a mail catcher or a relay. Up to
/// <see cref="DeliveryDispatcher.ConcurrentSends"/> sessions carry messages side by side, each message after message; an idle
/// session is checked with NOOP before use after a pause (servers close idle sessions), and a session that failed is
/// dropped, so the next message opens a new one.
/// </summary>
public sealed class SmtpEmailSender(IConfiguration configuration, IOptions<NotificationOptions> options, TimeProvider clock) : IEmailSender, IAsyncDisposable
{
    private static readonly TimeSpan CheckedAfterIdle = TimeSpan.FromSeconds(5);

    private readonly Uri _server = new(configuration.GetConnectionString(ResourceNames.Mail)
        ?? throw new InvalidOperationException($"ConnectionStrings:{ResourceNames.Mail} is required."));

    private readonly SemaphoreSlim _sessions = new(DeliveryDispatcher.ConcurrentSends, DeliveryDispatcher.ConcurrentSends);
    private readonly ConcurrentStack<IdleSession> _idle = new();

    public async Task<string> SendAsync(string to, string subject, string text, string? html, CancellationToken cancellationToken)
    {
        using var message = new MimeMessage { Subject = subject };
        message.From.Add(new MailboxAddress(options.Value.HospitalName, options.Value.FromAddress));
        message.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        message.Body = body.ToMessageBody();

        await _sessions.WaitAsync(cancellationToken);
        SmtpClient? client = null;
        try
        {
            client = await ConnectedAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
            _idle.Push(new IdleSession(client, clock.GetUtcNow()));
            return message.MessageId ?? "";
        }
        catch
        {
            client?.Dispose();
            throw;
        }
        finally
        {
            _sessions.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (var taken = 0; taken < DeliveryDispatcher.ConcurrentSends; taken++)
        {
            await _sessions.WaitAsync();
        }

        while (_idle.TryPop(out var session))
        {
            if (session.Client.IsConnected)
            {
                await session.Client.DisconnectAsync(quit: true);
            }

            session.Client.Dispose();
        }

        _sessions.Dispose();
    }

    /// <summary>The most recently used idle session that still answers, or a new one.</summary>
    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryPop(out var session))
        {
            if (session.Client.IsConnected && (clock.GetUtcNow() - session.LastUsed < CheckedAfterIdle || await StillOpenAsync(session.Client, cancellationToken)))
            {
                return session.Client;
            }

            session.Client.Dispose();
        }

        var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(_server.Host, _server.Port, _server.Scheme == "smtps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
            if (!string.IsNullOrEmpty(_server.UserInfo))
            {
                var credentials = Uri.UnescapeDataString(_server.UserInfo).Split(':', 2);
                await client.AuthenticateAsync(credentials[0], credentials.ElementAtOrDefault(1) ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
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

    private sealed record IdleSession(SmtpClient Client, DateTimeOffset LastUsed);
}
