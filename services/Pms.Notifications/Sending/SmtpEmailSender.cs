using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Pms.Contracts;
using Pms.Notifications.Services;

namespace Pms.Notifications.Sending;

/// <summary>Email over real SMTP (MailKit) to the <c>mail</c> resource: the sink, a mail catcher or a relay.</summary>
public sealed class SmtpEmailSender(IConfiguration configuration, IOptions<NotificationOptions> options) : IEmailSender
{
    private readonly Uri _server = new(configuration.GetConnectionString(ResourceNames.Mail)
        ?? throw new InvalidOperationException($"ConnectionStrings:{ResourceNames.Mail} is required."));

    public async Task<string> SendAsync(string to, string subject, string text, string? html, CancellationToken cancellationToken)
    {
        using var message = new MimeMessage { Subject = subject };
        message.From.Add(new MailboxAddress(options.Value.HospitalName, options.Value.FromAddress));
        message.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        message.Body = body.ToMessageBody();

        using var client = new SmtpClient();
        await client.ConnectAsync(_server.Host, _server.Port, _server.Scheme == "smtps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (!string.IsNullOrEmpty(_server.UserInfo))
        {
            var credentials = Uri.UnescapeDataString(_server.UserInfo).Split(':', 2);
            await client.AuthenticateAsync(credentials[0], credentials.ElementAtOrDefault(1) ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return message.MessageId ?? "";
    }
}
