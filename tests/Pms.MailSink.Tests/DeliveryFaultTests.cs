using System.Net;
using System.Net.Http.Json;
using MailKit.Net.Smtp;

namespace Pms.MailSink.Tests;

public sealed class DeliveryFaultTests(MailSinkFactory factory) : IClassFixture<MailSinkFactory>
{
    [Fact]
    public async Task ARecipientSetToBeRefusedGetsTemporaryFailuresThenMailIsAccepted()
    {
        using var client = factory.CreateClient();
        var recipient = TestMails.UniqueAddress();
        using var configured = await client.PostAsJsonAsync("/api/faults/refusals", new { recipient, times = 2 }, TestContext.Current.CancellationToken);

        var first = await Assert.ThrowsAsync<SmtpCommandException>(() => factory.SendAsync(TestMails.Multipart(recipient, "Refused once")));
        await Assert.ThrowsAsync<SmtpCommandException>(() => factory.SendAsync(TestMails.Multipart(recipient, "Refused twice")));
        await factory.SendAsync(TestMails.Multipart(recipient, "Accepted"));
        var received = await client.GetFromJsonAsync<MailSummary[]>($"/api/messages?to={recipient}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, configured.StatusCode);
        Assert.Equal(451, (int)first.StatusCode);
        Assert.Equal("Accepted", Assert.Single(received!).Subject);
    }

    [Fact]
    public async Task OtherRecipientsAreNotAffected()
    {
        using var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/faults/refusals", new { recipient = TestMails.UniqueAddress(), times = 5 }, TestContext.Current.CancellationToken);

        await factory.SendAsync(TestMails.Multipart(TestMails.UniqueAddress(), "Unaffected"));
    }

    [Fact]
    public async Task ARefusalWithoutARecipientIsABadRequest()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/faults/refusals", new { times = 0 }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
