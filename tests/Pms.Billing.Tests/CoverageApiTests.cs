using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Pms.Billing.Tests;

/// <summary>
/// Administrators keep the payer list; staff record which payers cover a patient and when; the patient sees their own
/// coverages and nobody else's. Every read and change of a coverage is audited.
/// </summary>
public sealed class CoverageApiTests
{
    private static readonly DateOnly January = new(2027, 1, 1);

    private readonly BillingDesk _desk;
    private readonly InsuranceDesk _insurance;

    private readonly BillingApp _app;

    public CoverageApiTests(BillingApp app)
    {
        _app = app;
        _desk = new BillingDesk(app);
        _insurance = new InsuranceDesk(_desk);
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task AnAdministratorAddsAPayerThatStaffSeeButMayNotChange()
    {
        var code = InsuranceDesk.NewCode();

        using var created = await _desk.Admin.PostAsJsonAsync("/api/billing/payers", new PayerRequest(code.ToLowerInvariant(), " Blue Shield ", null), Cancellation);
        using var byStaff = await _desk.Staff.PostAsJsonAsync("/api/billing/payers", new PayerRequest(InsuranceDesk.NewCode(), "Someone", null), Cancellation);
        using var again = await _desk.Admin.PostAsJsonAsync("/api/billing/payers", new PayerRequest(code, "Twice", null), Cancellation);
        var payers = await _desk.Staff.GetFromJsonAsync<List<PayerDto>>("/api/billing/payers", ServiceJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/billing/payers/{code}", created.Headers.Location?.OriginalString);
        Assert.Contains(new PayerDto(code, "Blue Shield", true), payers!);
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [TimedFact]
    public async Task StaffAddACoverageThatThePatientSeesAndAnotherPatientDoesNot()
    {
        var payer = await _insurance.PayerAsync("Northwind Health");
        var (patientId, patient) = await _desk.PatientAsync();
        var (_, otherPatient) = await _desk.PatientAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var coverage = await _insurance.AddedAsync(patientId, InsuranceDesk.Coverage(payer, today.AddDays(-30), null) with { GroupNumber = "GRP-7" });
        var seen = await patient.GetFromJsonAsync<List<CoverageDto>>(InsuranceDesk.CoveragesOf(patientId), ServiceJson.Options, Cancellation);
        using var refused = await otherPatient.GetAsync(new Uri(InsuranceDesk.CoveragesOf(patientId), UriKind.Relative), Cancellation);

        Assert.Equal(
            new CoverageDto(coverage.Id, patientId, payer, "Northwind Health", "Gold PPO", "NW-123456", "GRP-7", today.AddDays(-30), null,
                CoveragePriority.Primary, null, PolicyHolderRelationship.Self, InForceToday: true),
            Assert.Single(seen!));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [TimedFact]
    public async Task AnInvalidCoverageIsRefusedFieldByFieldAndNothingIsStored()
    {
        var (patientId, _) = await _desk.PatientAsync();
        var request = new CoverageRequest(null, " ", null, null, January, January.AddDays(-1), "1", "Jane Doe", "Self");

        using var response = await _desk.Staff.PostAsJsonAsync(InsuranceDesk.CoveragesOf(patientId), request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation);
        Assert.Equal(["memberId", "payerCode", "plan", "policyHolder", "priority", "validTo"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await StoredCoveragesAsync(patientId));
    }

    [TimedFact]
    public async Task ACoverageMustNameAKnownActivePayerAndAPatientBillingKnows()
    {
        var (patientId, _) = await _desk.PatientAsync();
        var retired = await _insurance.PayerAsync("Retired Mutual");
        using var retiring = await _desk.Admin.PutAsJsonAsync($"/api/billing/payers/{retired}", new PayerRequest(null, "Retired Mutual", false), Cancellation);
        using var renaming = await _desk.Admin.PutAsJsonAsync($"/api/billing/payers/{retired}", new PayerRequest(null, "Retired Mutual", null), Cancellation);
        Assert.Equal(HttpStatusCode.OK, retiring.StatusCode);
        Assert.False((await renaming.Content.ReadFromJsonAsync<PayerDto>(ServiceJson.Options, Cancellation))!.IsActive);

        using var unknownPayer = await _desk.Staff.PostAsJsonAsync(InsuranceDesk.CoveragesOf(patientId), InsuranceDesk.Coverage(InsuranceDesk.NewCode(), January, null), Cancellation);
        using var inactivePayer = await _desk.Staff.PostAsJsonAsync(InsuranceDesk.CoveragesOf(patientId), InsuranceDesk.Coverage(retired, January, null), Cancellation);
        using var unknownPatient = await _desk.Staff.PostAsJsonAsync(InsuranceDesk.CoveragesOf(Guid.NewGuid()), InsuranceDesk.Coverage(await _insurance.PayerAsync("Contoso Care"), January, null), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, unknownPayer.StatusCode);
        Assert.Contains("There is no payer", (await unknownPayer.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors["payerCode"][0], StringComparison.Ordinal);
        Assert.Equal("Retired Mutual is no longer an active payer.", (await inactivePayer.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors["payerCode"][0]);
        Assert.Equal(HttpStatusCode.NotFound, unknownPatient.StatusCode);
        Assert.Empty(await StoredCoveragesAsync(patientId));
    }

    [TimedFact]
    public async Task OnlyOneCoverageOfEachPriorityIsInForceOnAnyDay()
    {
        var (patientId, _) = await _desk.PatientAsync();
        var first = await _insurance.PayerAsync("First Insurer");
        var second = await _insurance.PayerAsync("Second Insurer");
        var current = await _insurance.AddedAsync(patientId, InsuranceDesk.Coverage(first, January, null));

        using var overlapping = await _desk.Staff.PostAsJsonAsync(InsuranceDesk.CoveragesOf(patientId), InsuranceDesk.Coverage(second, January.AddMonths(6), null), Cancellation);
        var secondary = await _insurance.AddedAsync(patientId, InsuranceDesk.Coverage(second, January.AddMonths(6), null) with { Priority = "Secondary" });
        using var ended = await _desk.Staff.PutAsJsonAsync($"{InsuranceDesk.CoveragesOf(patientId)}/{current.Id}", InsuranceDesk.Coverage(first, January, January.AddMonths(6).AddDays(-1)), Cancellation);
        var next = await _insurance.AddedAsync(patientId, InsuranceDesk.Coverage(second, January.AddMonths(6), null) with { MemberId = "NEW-1" });

        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        var problem = await overlapping.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        Assert.Equal("The patient already has a primary coverage on some of these days.", problem!.Title);
        Assert.Equal("First Insurer, from 2027-01-01, with no end date. End it first, or give this coverage another priority.", problem.Detail);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var stored = await StoredCoveragesAsync(patientId);
        Assert.Equal(
            [(current.Id, CoveragePriority.Primary, January, (DateOnly?)January.AddMonths(6).AddDays(-1)), (next.Id, CoveragePriority.Primary, January.AddMonths(6), null), (secondary.Id, CoveragePriority.Secondary, January.AddMonths(6), null)],
            stored.Select(coverage => (coverage.Id, coverage.Priority, coverage.ValidFrom, coverage.ValidTo)));
    }

    [TimedFact]
    public async Task SomeoneElseHoldingThePolicyIsNamed()
    {
        var (patientId, _) = await _desk.PatientAsync();
        var payer = await _insurance.PayerAsync("Family Mutual");

        using var unnamed = await _desk.Staff.PostAsJsonAsync(InsuranceDesk.CoveragesOf(patientId), InsuranceDesk.Coverage(payer, January, null) with { Relationship = "Child" }, Cancellation);
        var named = await _insurance.AddedAsync(patientId, InsuranceDesk.Coverage(payer, January, null) with { Relationship = "child", PolicyHolder = "Kofi Owusu" });

        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Equal((PolicyHolderRelationship.Child, "Kofi Owusu"), (named.Relationship, named.PolicyHolder));
    }

    [TimedFact]
    public async Task ReadingAndChangingCoveragesLeaveAuditRecordsNamingThePatient()
    {
        var (patientId, patient) = await _desk.PatientAsync();
        var (_, otherPatient) = await _desk.PatientAsync();
        var payer = await _insurance.PayerAsync("Audited Insurer");
        CoverageDto coverage = null!;

        var adding = await _app.TrackAsync(async () => coverage = await _insurance.AddedAsync(patientId, InsuranceDesk.Coverage(payer, January, null)));
        var reading = await _app.TrackAsync(() => patient.GetFromJsonAsync<List<CoverageDto>>(InsuranceDesk.CoveragesOf(patientId), ServiceJson.Options, Cancellation));
        var prying = await _app.TrackAsync(async () =>
        {
            using var response = await otherPatient.GetAsync(new Uri(InsuranceDesk.CoveragesOf(patientId), UriKind.Relative), Cancellation);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        });

        Assert.Equal((AuditActions.Create, 201, AuditOutcomes.Allowed, coverage.Id.ToString()), AuditOf(adding, patientId));
        Assert.Equal((AuditActions.Read, 200, AuditOutcomes.Allowed, (string?)null), AuditOf(reading, patientId));
        Assert.Equal((AuditActions.Read, 404, AuditOutcomes.Denied, (string?)null), AuditOf(prying, patientId));
    }

    [TimedFact]
    public async Task TheDuplicatesCoveragesFollowTheSurvivorOfAMergeAndGoBackOnUndo()
    {
        var (survivorId, _) = await _desk.PatientAsync();
        var (duplicateId, _) = await _desk.PatientAsync();
        var coverage = await _insurance.AddedAsync(duplicateId, InsuranceDesk.Coverage(await _insurance.PayerAsync("Merged Mutual"), January, null));
        var merged = PatientMergeEvents.Merged(survivorId, duplicateId);
        var bus = _app.Services.GetRequiredService<IMessageBus>();

        await bus.InvokeAsync(merged, Cancellation);
        var afterMerge = (await StoredCoveragesAsync(survivorId)).Select(stored => stored.Id);
        await bus.InvokeAsync(PatientMergeEvents.Undone(merged), Cancellation);

        Assert.Equal([coverage.Id], afterMerge);
        Assert.Equal([coverage.Id], (await StoredCoveragesAsync(duplicateId)).Select(stored => stored.Id));
    }

    private async Task<List<Coverage>> StoredCoveragesAsync(Guid patientId)
    {
        await using var db = _app.Db();
        return await db.Coverages.AsNoTracking().Where(coverage => coverage.PatientId == patientId)
            .OrderBy(coverage => coverage.Priority).ThenBy(coverage => coverage.ValidFrom).ToListAsync(Cancellation);
    }

    private static (string Action, int Status, string Outcome, string? ResourceId) AuditOf(ITrackedSession session, Guid patientId)
    {
        var envelope = Assert.Single(session.Sent.Envelopes(), envelope => envelope.Message is AuditRecorded { ResourceType: AuditResources.Coverage } record
            && record.PatientIds.Contains(patientId));
        Assert.Equal($"kafka://topic/{Topics.Audit}", envelope.Destination?.ToString());
        var record = (AuditRecorded)envelope.Message!;
        return (record.Action, record.Status, record.Outcome, record.ResourceId);
    }
}
