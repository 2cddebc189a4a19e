using System.Net;

namespace Pms.MailSink;

public sealed class MailSinkOptions
{
    public const string SectionName = "MailSink";

    public string SmtpHost { get; set; } = "127.0.0.1";

    public int SmtpPort { get; set; } = 2525;

    public int MaxMessages { get; set; } = 1000;

    public IPEndPoint CreateSmtpEndpoint() => new(IPAddress.Parse(SmtpHost), SmtpPort);
}
