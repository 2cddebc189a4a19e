namespace Pms.MailSink;

public sealed record SmtpOutageRequest(int? Seconds);
