namespace Pms.MailSink;

public sealed record MailDetail(
    Guid Id,
    string From,
    IReadOnlyList<string> To,
    string Subject,
    DateTimeOffset ReceivedAt,
    string? TextBody,
    string? HtmlBody,
    IReadOnlyDictionary<string, string> Headers)
{
    public static MailDetail FromMail(ReceivedMail mail) =>
        new(mail.Id, mail.From, mail.To, mail.Subject, mail.ReceivedAt, mail.TextBody, mail.HtmlBody, mail.Headers);
}
