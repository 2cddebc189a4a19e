using Pms.Testing;
using System.Net;
using System.Net.Http.Json;
using MailKit.Net.Smtp;

namespace Pms.MailSink.Tests;

public sealed class DeliveryFaultTests(MailSinkFactory factory) : IClassFixture<MailSinkFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task ARecipientSetToBeRefusedGetsTemporaryFailuresThenMailIsAccepted()
    {
        using var client = factory.CreateClient();
        var recipient = TestMails.UniqueAddress();
        using var configured = await client.PostAsJsonAsync("/api/faults/refusals", new { recipient, times = 2 }, Cancellation);

        var first = await Assert.ThrowsAsync<SmtpCommandException>(() => factory.SendAsync(TestMails.Multipart(recipient, "Refused once")));
        var second = await Assert.ThrowsAsync<SmtpCommandException>(() => factory.SendAsync(TestMails.Multipart(recipient, "Refused twice")));
        await factory.SendAsync(TestMails.Multipart(recipient, "Accepted"));
        await factory.SendAsync(TestMails.Multipart(recipient, "Accepted again"));
        var received = await client.GetFromJsonAsync<MailSummary[]>($"/api/messages?to={recipient}", Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, configured.StatusCode);
        Assert.Equal((451, 451), ((int)first.StatusCode, (int)second.StatusCode));
        Assert.Equal(["Accepted", "Accepted again"], received!.Select(mail => mail.Subject).Order());
    }

    [TimedFact]
    public async Task OtherRecipientsAreNotAffected()
    {
        using var client = factory.CreateClient();
        var refused = TestMails.UniqueAddress();
        var other = TestMails.UniqueAddress();
        using var configured = await client.PostAsJsonAsync("/api/faults/refusals", new { recipient = refused, times = 1 }, Cancellation);

        await factory.SendAsync(TestMails.Multipart(other, "Unaffected"));
        var stillRefused = await Assert.ThrowsAsync<SmtpCommandException>(() => factory.SendAsync(TestMails.Multipart(refused, "Refused")));
        var received = await client.GetFromJsonAsync<MailSummary[]>($"/api/messages?to={other}", Cancellation);
        var receivedByRefused = await client.GetFromJsonAsync<MailSummary[]>($"/api/messages?to={refused}", Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, configured.StatusCode);
        Assert.Equal("Unaffected", Assert.Single(received!).Subject);
        Assert.Equal(451, (int)stillRefused.StatusCode);
        Assert.Empty(receivedByRefused!);
    }

    [TimedFact]
    public async Task ARefusalWithoutARecipientIsABadRequest()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/faults/refusals", new { times = 0 }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
