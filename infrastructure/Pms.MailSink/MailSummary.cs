namespace Pms.MailSink;

public sealed record MailSummary(Guid Id, string From, IReadOnlyList<string> To, string Subject, DateTimeOffset ReceivedAt)
{
    public static MailSummary FromMail(ReceivedMail mail) =>
        new(mail.Id, mail.From, mail.To, mail.Subject, mail.ReceivedAt);
}
