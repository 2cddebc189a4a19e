namespace Pms.MailSink;

public sealed record SmtpFaultRequest(string? Recipient, int? Times);
