using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pms.Contracts;
using Pms.Web.Components.Pages.Patient;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class PatientHomeTests : WebComponentTest
{
    private static readonly Patient Pending = new(Guid.NewGuid(), "PMS-000042", "Mary", "Seacole", new DateOnly(1985, 11, 23), "Female",
        "mary@example.org", "+442079460018", null, null, true, new RegistrationFee("Pending", null), DateTimeOffset.UtcNow, 1,
        [], true, null, null, null);

    private readonly FakeTimeProvider _clock = new();

    public PatientHomeTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
        SignIn(PmsRoles.Patient);
    }

    [Fact]
    public void APendingRegistrationFeeIsExplainedAndThePageShowsTheBillOnceTheFeeIsCharged()
    {
        var bill = RegistrationBill();
        var charged = Pending with { RegistrationFee = new RegistrationFee("Charged", bill.Id), Version = 2 };
        Gateway.Answer(HttpStatusCode.OK, Pending)
            .Answer(HttpStatusCode.OK, charged)
            .Answer(HttpStatusCode.OK, new PagedResult<Bill>([bill], 1, 50, 1))
            .Answer(HttpStatusCode.OK, new PagedResult<Delivery>([], 1, 50, 0));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var page = Render<PatientHome>();

        page.WaitForAssertion(() => Assert.Equal(
            "Pending — the registration fee is being charged; this usually takes a few seconds.", page.TextOf("[data-testid=registration-fee]")));
        Assert.Equal("Your registration bill is on its way; this page shows it as soon as it is issued.", page.TextOf("[data-testid=registration-bill-pending]"));
        Assert.Empty(page.FindAll("[data-testid=no-bills]"));
        Assert.Single(Gateway.Requests);

        _clock.Advance(TimeSpan.FromSeconds(2));

        page.WaitForAssertion(() => Assert.Equal("INV-2026-000042", page.TextOf("[data-testid=bill-link]")));
        Assert.Equal("Charged", page.TextOf("[data-testid=registration-fee]"));
        Assert.Empty(page.FindAll("[data-testid=registration-bill-pending]"));
        Assert.Equal(["/api/patients/me", "/api/patients/me", $"/api/billing/bills?page=1&pageSize=50&patientId={Pending.Id}"],
            Gateway.Requests.Take(3).Select(request => request.PathAndQuery));
    }

    [Fact]
    public void ThePrerenderedPageIsSentWithThePendingFeeInsteadOfWaitingForIt()
    {
        Gateway.Answer(HttpStatusCode.OK, Pending)
            .Answer(HttpStatusCode.OK, new PagedResult<Bill>([], 1, 50, 0))
            .Answer(HttpStatusCode.OK, new PagedResult<Delivery>([], 1, 50, 0));
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var page = Render<PatientHome>();

        page.WaitForAssertion(() => Assert.Equal(3, Gateway.Requests.Count));
        Assert.Equal(["/api/patients/me", "/api/billing/bills?page=1&pageSize=50&patientId=" + Pending.Id, "/api/notifications?page=1&pageSize=50"],
            Gateway.Requests.Select(request => request.PathAndQuery));
        Assert.StartsWith("Pending — the registration fee is being charged", page.TextOf("[data-testid=registration-fee]"), StringComparison.Ordinal);
    }

    [Fact]
    public void ThePageIsShownWhileTheRecordIsReadAndSaysItIsPreparedOnlyOnceNoneCame()
    {
        var recordRead = new TaskCompletionSource();
        Gateway.AnswerWhen(recordRead.Task, HttpStatusCode.NotFound)
            .Answer(HttpStatusCode.NotFound);
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var page = Render<PatientHome>();

        Assert.NotNull(page.Find("[data-testid=record-loading]"));
        Assert.Empty(page.FindAll("[data-testid=record-pending]"));
        recordRead.SetResult();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=record-pending]")));
        Assert.Empty(page.FindAll("[data-testid=record-loading]"));
    }

    [Fact]
    public void SavedContactDetailsReplaceTheFormOnTheRecord()
    {
        var bill = RegistrationBill();
        var charged = Pending with { RegistrationFee = new RegistrationFee("Charged", bill.Id), Version = 2 };
        Gateway.Answer(HttpStatusCode.OK, charged)
            .Answer(HttpStatusCode.OK, new PagedResult<Bill>([bill], 1, 50, 1))
            .Answer(HttpStatusCode.OK, new PagedResult<Delivery>([], 1, 50, 0))
            .Answer(HttpStatusCode.OK, charged with { PhoneNumber = "+442079460019", Version = 3 });
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var page = Render<PatientHome>();
        page.WaitForAssertion(() => Assert.Equal(3, Gateway.Requests.Count));

        page.Find("[data-testid=edit-contact]").Click();
        page.Find("input[type=tel]").Change("+44 20 7946 0019");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("+44 20 7946 0019", page.TextOf("[data-testid=patient-summary]"), StringComparison.Ordinal));
        Assert.Empty(page.FindAll("form"));
        Assert.Equal(HttpMethod.Put, Gateway.Requests[3].Method);
        var sent = JsonDocument.Parse(Gateway.Requests[3].Body!).RootElement;
        Assert.Equal("+44 20 7946 0019", sent.GetProperty("phoneNumber").GetString());
        Assert.Equal(2u, sent.GetProperty("version").GetUInt32());
    }

    [Fact]
    public void AChargedFeeWhoseBillBillingHasNotLinkedYetIsWaitedFor()
    {
        var bill = RegistrationBill();
        var charged = Pending with { RegistrationFee = new RegistrationFee("Charged", bill.Id), Version = 2 };
        Gateway.Answer(HttpStatusCode.OK, charged)
            .Answer(HttpStatusCode.OK, new PagedResult<Bill>([], 1, 50, 0))
            .Answer(HttpStatusCode.OK, new PagedResult<Bill>([bill], 1, 50, 1))
            .Answer(HttpStatusCode.OK, new PagedResult<Delivery>([], 1, 50, 0));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var page = Render<PatientHome>();

        page.WaitForAssertion(() => Assert.Equal(2, Gateway.Requests.Count));
        Assert.Equal("Your registration bill is on its way; this page shows it as soon as it is issued.", page.TextOf("[data-testid=registration-bill-pending]"));
        Assert.Empty(page.FindAll("[data-testid=bill-link]"));

        _clock.Advance(TimeSpan.FromSeconds(2));

        page.WaitForAssertion(() => Assert.Equal("INV-2026-000042", page.TextOf("[data-testid=bill-link]")));
        Assert.Empty(page.FindAll("[data-testid=registration-bill-pending]"));
    }

    private static Bill RegistrationBill() =>
        new(Guid.NewGuid(), "INV-2026-000042", Pending.Id, "Registration", [], 25, 0, null, 0, 25, 0, 0, 25, "USD", "Issued", null, null, DateTimeOffset.UtcNow, [], []);
}
