using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Pms.MailSink;

public sealed class SinkMessageStore(MailStore store, DeliveryFaults faults, TimeProvider timeProvider, ILogger<SinkMessageStore> logger) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context,
        IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer,
        CancellationToken cancellationToken)
    {
        if (faults.ShouldRefuse(transaction.To.Select(mailbox => mailbox.AsAddress())))
        {
            return new SmtpResponse(SmtpReplyCode.Aborted, "Requested action aborted: try again later");
        }

        var raw = buffer.ToArray();
        using var stream = new MemoryStream(raw, writable: false);
        using var message = await MimeMessage.LoadAsync(stream, cancellationToken);

        var mail = new ReceivedMail(
            Guid.NewGuid(),
            timeProvider.GetUtcNow(),
            transaction.From?.AsAddress() ?? string.Empty,
            [.. transaction.To.Select(mailbox => mailbox.AsAddress())],
            message.From.Mailboxes.FirstOrDefault()?.Address ?? string.Empty,
            [.. message.To.Mailboxes.Select(mailbox => mailbox.Address)],
            message.Subject ?? string.Empty,
            message.TextBody,
            message.HtmlBody,
            CollectHeaders(message.Headers),
            raw);

        store.Add(mail);
        Log.MailReceived(logger, mail.Id, mail.EnvelopeRecipients.Count);
        return SmtpResponse.Ok;
    }

    // Repeatable headers such as Received keep every value, one per line.
    private static Dictionary<string, string> CollectHeaders(HeaderList headers) =>
        headers
            .GroupBy(header => header.Field, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                group => group.Key,
                group => string.Join('\n', group.Select(header => header.Value)),
                StringComparer.OrdinalIgnoreCase);
}
