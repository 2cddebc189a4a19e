using MimeKit;

namespace Pms.MailSink.Tests;

public static class TestMails
{
    public static MimeMessage Multipart(string to, string subject, string text = "Your appointment is confirmed.", string html = "<p>Your appointment is <b>confirmed</b>.</p>")
    {
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        var message = new MimeMessage
        {
            Subject = subject,
            Body = body.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress("PMS", "noreply@pms.test"));
        message.To.Add(new MailboxAddress("Test Patient", to));
        return message;
    }

    public static string UniqueAddress() => $"patient-{Guid.NewGuid():N}@example.test";
}
