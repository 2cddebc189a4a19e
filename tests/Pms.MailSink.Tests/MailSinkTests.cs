using Pms.Testing;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace Pms.MailSink.Tests;

public sealed class MailSinkTests(MailSinkFactory factory) : IClassFixture<MailSinkFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task SentMailAppearsInTheMessageList()
    {
        var recipient = TestMails.UniqueAddress();
        await factory.SendAsync(TestMails.Multipart(recipient, "Appointment confirmed"));

        var messages = await _client.GetFromJsonAsync<MailSummary[]>("/api/messages", CancellationToken);

        var message = Assert.Single(messages!, summary => summary.To.Contains(recipient));
        Assert.Equal("Appointment confirmed", message.Subject);
        Assert.Equal("noreply@pms.test", message.From);
    }

    [TimedFact]
    public async Task MessageDetailsContainTheTextAndHtmlBodies()
    {
        var recipient = TestMails.UniqueAddress();
        await factory.SendAsync(TestMails.Multipart(recipient, "Lab results", "Results are ready.", "<p>Results are <em>ready</em>.</p>"));
        var id = await SingleMessageIdFor(recipient);

        var detail = await _client.GetFromJsonAsync<MailDetail>($"/api/messages/{id}", CancellationToken);

        Assert.NotNull(detail);
        Assert.Equal("Lab results", detail.Subject);
        Assert.Equal("Results are ready.", detail.TextBody?.Trim());
        Assert.Equal("<p>Results are <em>ready</em>.</p>", detail.HtmlBody?.Trim());
        Assert.Equal("Lab results", detail.Headers["Subject"]);
    }

    [TimedFact]
    public async Task RecipientFilterReturnsOnlyMailsForThatAddress()
    {
        var recipient = TestMails.UniqueAddress();
        await factory.SendAsync(TestMails.Multipart(recipient, "For the filtered patient"));
        await factory.SendAsync(TestMails.Multipart(TestMails.UniqueAddress(), "For someone else"));

        var messages = await _client.GetFromJsonAsync<MailSummary[]>($"/api/messages?to={Uri.EscapeDataString(recipient.ToUpperInvariant())}", CancellationToken);

        var message = Assert.Single(messages!);
        Assert.Equal("For the filtered patient", message.Subject);
    }

    [TimedFact]
    public async Task RawMessageIsServedAsRfc822()
    {
        var recipient = TestMails.UniqueAddress();
        await factory.SendAsync(TestMails.Multipart(recipient, "Raw source"));
        var id = await SingleMessageIdFor(recipient);

        using var response = await _client.GetAsync(new Uri($"/api/messages/{id}/raw", UriKind.Relative), CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("message/rfc822", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Subject: Raw source", await response.Content.ReadAsStringAsync(CancellationToken), StringComparison.Ordinal);
    }

    [TimedFact]
    public async Task DeletingMessagesEmptiesTheList()
    {
        await factory.SendAsync(TestMails.Multipart(TestMails.UniqueAddress(), "Soon gone"));

        using var response = await _client.DeleteAsync(new Uri("/api/messages", UriKind.Relative), CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty((await _client.GetFromJsonAsync<MailSummary[]>("/api/messages", CancellationToken))!);
    }

    [TimedFact]
    public async Task UnknownMessageIdReturnsNotFoundProblem()
    {
        using var response = await _client.GetAsync(new Uri($"/api/messages/{Guid.NewGuid()}", UriKind.Relative), CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(CancellationToken);
        Assert.Equal((int)HttpStatusCode.NotFound, problem?.Status);
    }

    [TimedFact]
    public async Task MailboxPagesEncodeMailContent()
    {
        var recipient = TestMails.UniqueAddress();
        await factory.SendAsync(TestMails.Multipart(recipient, "<script>alert(1)</script>", "<b>text</b>", "<p onclick=\"x()\">html</p>"));
        var id = await SingleMessageIdFor(recipient);

        var index = await _client.GetStringAsync(new Uri("/", UriKind.Relative), CancellationToken);
        var page = await _client.GetStringAsync(new Uri($"/messages/{id}", UriKind.Relative), CancellationToken);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", index, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", index + page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;text&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("<iframe sandbox=\"\" title=\"HTML body\" srcdoc=\"&lt;p onclick=&quot;x()&quot;&gt;html&lt;/p&gt;", page, StringComparison.Ordinal);
    }

    [TimedFact]
    public async Task HealthIsHealthyWhileSmtpAcceptsConnections()
    {
        var health = await _client.GetStringAsync(new Uri("/health", UriKind.Relative), CancellationToken);
        var alive = await _client.GetStringAsync(new Uri("/alive", UriKind.Relative), CancellationToken);

        Assert.Equal("Healthy", health);
        Assert.Equal("Healthy", alive);
    }

    private async Task<Guid> SingleMessageIdFor(string recipient)
    {
        var messages = await _client.GetFromJsonAsync<MailSummary[]>($"/api/messages?to={Uri.EscapeDataString(recipient)}", CancellationToken);
        return Assert.Single(messages!).Id;
    }
}
