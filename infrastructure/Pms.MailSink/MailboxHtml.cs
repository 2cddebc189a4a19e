using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Pms.MailSink;

public static class MailboxHtml
{
    private const string Styles = """
        body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2933; }
        h1 { font-size: 1.4rem; margin-bottom: 0.25rem; }
        a { color: #0b5cad; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid #d9e2ec; vertical-align: top; }
        th { font-weight: 600; color: #52606d; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
        dt { font-weight: 600; color: #52606d; }
        dd { margin: 0; }
        pre { white-space: pre-wrap; background: #f5f7fa; padding: 1rem; border-radius: 4px; }
        iframe { width: 100%; height: 30rem; border: 1px solid #d9e2ec; border-radius: 4px; }
        .muted { color: #7b8794; }
        """;

    public static string RenderIndex(IReadOnlyList<ReceivedMail> mails)
    {
        var rows = new StringBuilder();
        foreach (var mail in mails)
        {
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr>
                  <td><a href="/messages/{mail.Id}">{Encode(SubjectOrPlaceholder(mail))}</a></td>
                  <td>{Encode(string.Join(", ", mail.To))}</td>
                  <td>{FormatTime(mail.ReceivedAt)}</td>
                </tr>
                """);
        }

        var body = mails.Count == 0
            ? """<p class="muted">No mail received yet.</p>"""
            : $"""
                <table>
                  <thead><tr><th>Subject</th><th>To</th><th>Received</th></tr></thead>
                  <tbody>{rows}</tbody>
                </table>
                """;

        return Page("PMS mail sink", $"""
            <h1>PMS mail sink</h1>
            <p class="muted">{mails.Count} message(s), newest first. <a href="/">Refresh</a></p>
            {body}
            """);
    }

    public static string RenderMessage(ReceivedMail mail)
    {
        var html = mail.HtmlBody is null
            ? """<p class="muted">No HTML body.</p>"""
            : $"""<iframe sandbox="" title="HTML body" srcdoc="{Encode(mail.HtmlBody)}"></iframe>""";

        var text = mail.TextBody is null
            ? """<p class="muted">No text body.</p>"""
            : $"<pre>{Encode(mail.TextBody)}</pre>";

        return Page(SubjectOrPlaceholder(mail), $"""
            <p><a href="/">&larr; All messages</a></p>
            <h1>{Encode(SubjectOrPlaceholder(mail))}</h1>
            <dl>
              <dt>From</dt><dd>{Encode(mail.From)}</dd>
              <dt>To</dt><dd>{Encode(string.Join(", ", mail.To))}</dd>
              <dt>Received</dt><dd>{FormatTime(mail.ReceivedAt)}</dd>
              <dt>Source</dt><dd><a href="/api/messages/{mail.Id}/raw">raw message</a></dd>
            </dl>
            <h2>HTML body</h2>
            {html}
            <h2>Text body</h2>
            {text}
            """);
    }

    private static string Page(string title, string content) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{Encode(title)}</title>
          <style>{Styles}</style>
        </head>
        <body>
        {content}
        </body>
        </html>
        """;

    private static string SubjectOrPlaceholder(ReceivedMail mail) =>
        string.IsNullOrWhiteSpace(mail.Subject) ? "(no subject)" : mail.Subject;

    private static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
