using System.Net;

namespace Pms.MailSink;

// Mails carry patients' personal data: log identifiers and counts only, never addresses or content.
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Starting SMTP sink on {Endpoint}")]
    public static partial void SmtpStarting(ILogger logger, IPEndPoint endpoint);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Mail {MessageId} received for {RecipientCount} recipient(s)")]
    public static partial void MailReceived(ILogger logger, Guid messageId, int recipientCount);
}
