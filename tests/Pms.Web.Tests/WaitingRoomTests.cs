using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Pms.Contracts;
using Pms.Web.Components.Pages.Staff;
using Pms.Web.Gateway.Models;
using Pms.Web.Live;

namespace Pms.Web.Tests;

public sealed class WaitingRoomTests : WebComponentTest
{
    private static readonly Guid Lovelace = Guid.NewGuid();
    private static readonly Guid Seacole = Guid.NewGuid();
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public WaitingRoomTests() => SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    [Fact]
    public void EachDoctorsQueueShowsWhoIsInWhoWaitsLongestFirstAndWhoIsAtTheCashier()
    {
        var board = WaitingRoomBoard.From([
            Visit("Kofi Mensah", Seacole, "Mary Seacole", VisitStages.Waiting, minutesAgo: 5),
            Visit("Ama Owusu", Lovelace, "Ada Lovelace", VisitStages.Waiting, minutesAgo: 3),
            Visit("Yaw Boateng", Lovelace, "Ada Lovelace", VisitStages.Waiting, minutesAgo: 12),
            Visit("Efua Asante", Lovelace, "Ada Lovelace", VisitStages.InConsultation, minutesAgo: 30),
            Visit("Kwame Nkrumah", Lovelace, "Ada Lovelace", VisitStages.AtCashier, minutesAgo: 60),
        ]);

        Assert.Equal(["Ada Lovelace", "Mary Seacole"], board.Doctors.Select(doctor => doctor.DoctorName));
        var lovelace = board.Doctors[0];
        Assert.Equal(["Yaw Boateng", "Ama Owusu"], lovelace.Waiting.Select(visit => visit.PatientName));
        Assert.Equal("Efua Asante", lovelace.InConsultation?.PatientName);
        Assert.Equal(["Kwame Nkrumah"], lovelace.AtCashier.Select(visit => visit.PatientName));
        Assert.Equal(("0 min", "12 min", "1 h 05 min"),
            (WaitingRoomBoard.Waited(Now, Now), WaitingRoomBoard.Waited(Now.AddMinutes(-12), Now), WaitingRoomBoard.Waited(Now.AddMinutes(-65), Now)));
    }

    [Fact]
    public async Task WhenAnotherScreenChangesTheQueueThisOneShowsItWithoutAReload()
    {
        SignIn(PmsRoles.Staff);
        Gateway.AnswerAt(HttpMethod.Get, "/api/visits", HttpStatusCode.OK, new[] { Visit("Ama Owusu", Lovelace, "Ada Lovelace", VisitStages.Waiting, 3) })
            .AnswerAt(HttpMethod.Get, "/api/visits", HttpStatusCode.OK, new[]
            {
                Visit("Ama Owusu", Lovelace, "Ada Lovelace", VisitStages.Waiting, 3),
                Visit("Yaw Boateng", Lovelace, "Ada Lovelace", VisitStages.Waiting, 0),
            });
        var page = Render<WaitingRoom>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=waiting]")));

        await Services.GetRequiredService<WaitingRoomUpdates>().QueueChangedAsync();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=waiting]").Count));
        Assert.Contains("Yaw Boateng", page.Markup, StringComparison.Ordinal);
        Assert.Contains("walk-in", page.Find("[data-testid=waiting]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void CallNextCallsTheDoctorsLongestWaitingPatientAndTheDoctorBusyCannotCallAgain()
    {
        SignIn(PmsRoles.Staff);
        var waiting = Visit("Ama Owusu", Lovelace, "Ada Lovelace", VisitStages.Waiting, 3);
        Gateway.AnswerAt(HttpMethod.Get, "/api/visits", HttpStatusCode.OK, new[] { waiting })
            .AnswerAt(HttpMethod.Get, "/api/visits", HttpStatusCode.OK, new[] { waiting with { Stage = VisitStages.InConsultation, CalledAt = Now } })
            .AnswerAt(HttpMethod.Post, $"/api/visits/doctors/{Lovelace}/call-next", HttpStatusCode.OK, waiting with { Stage = VisitStages.InConsultation });
        var page = Render<WaitingRoom>();
        page.WaitForAssertion(() => Assert.False(page.Find("button[data-testid=call-next]").HasAttribute("disabled")));

        page.Find("button[data-testid=call-next]").Click();

        page.WaitForAssertion(() => Assert.Contains("Ama Owusu", page.Find("[data-testid=in-consultation]").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("button[data-testid=call-next]").HasAttribute("disabled"));
        Assert.Contains(Gateway.Requests, request => request.Method == HttpMethod.Post && request.PathAndQuery == $"/api/visits/doctors/{Lovelace}/call-next");
    }

    [Fact]
    public void ADoctorCallsOnlyTheirOwnPatientsAndSeesNoDeskButtons()
    {
        SignIn(PmsRoles.Doctor);
        Gateway.AnswerAt(HttpMethod.Get, "/api/visits", HttpStatusCode.OK, new[]
        {
            Visit("Ama Owusu", Lovelace, "Ada Lovelace", VisitStages.Waiting, 3),
            Visit("Kwame Nkrumah", Lovelace, "Ada Lovelace", VisitStages.AtCashier, 60),
        });

        var page = Render<WaitingRoom>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=waiting]")));
        // Signed in with a new account id, this doctor is not Ada Lovelace.
        Assert.Empty(page.FindAll("button[data-testid=call-next]"));
        Assert.Empty(page.FindAll("[data-testid=left-unseen], [data-testid=cashier-done]"));
    }

    private static Visit Visit(string patient, Guid doctorId, string doctor, string stage, int minutesAgo) => new(
        Guid.NewGuid(), Guid.NewGuid(), patient, "PMS-0000001-8", doctorId, doctor, null, null, stage, Now.AddMinutes(-minutesAgo),
        stage == VisitStages.Waiting ? null : Now.AddMinutes(-minutesAgo + 1), stage == VisitStages.AtCashier ? Now : null, null, 1);
}
