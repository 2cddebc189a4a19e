using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pms.Contracts;
using Pms.Contracts.Events;
using Pms.Notifications.Dtos;
using Pms.Notifications.IntegrationEvents.Handlers;
using Pms.Notifications.Model;
using Pms.Notifications.Tests.Infrastructure;
using Pms.ServiceDefaults.Apis;
using Pms.Testing;
using Wolverine.Tracking;

namespace Pms.Notifications.Tests;

/// <summary>
/// A duplicate record's message history follows the survivor when patient-service merges the two, and goes back when the
/// merge is undone; while the merge stands, what is due to the duplicate goes to the survivor.
/// </summary>
public sealed class PatientMergeTests : IAsyncLifetime
{
    private const string SurvivorsPhone = "+12025550143";
    private const string DuplicatesPhone = "+12025550199";

    private readonly NotificationsApp _app = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [TimedFact]
    public async Task TheDuplicatesMessagesMoveIntoTheSurvivorsHistory()
    {
        var accountId = Guid.NewGuid();
        var survivorId = await RegisteredAsync(SurvivorsPhone, accountId);
        var duplicateId = await RegisteredAsync(DuplicatesPhone);

        await DeliverAsync(PatientMergeEvents.Merged(survivorId, duplicateId));

        using var survivor = _app.ClientFor(accountId, PmsRoles.Patient);
        var own = await survivor.GetFromJsonAsync<PagedResult<DeliveryDto>>("/api/notifications", ServiceJson.Options, Cancellation);
        Assert.Equal(new[] { SurvivorsPhone, DuplicatesPhone }.Order(), own!.Items.Select(delivery => delivery.Recipient).Order());
        Assert.Empty(await HistoryAsync(duplicateId));
    }

    [TimedFact]
    public async Task WhileTheMergeStandsAMessageDueToTheDuplicateGoesToTheSurvivor()
    {
        var survivorId = await RegisteredAsync(SurvivorsPhone);
        var duplicateId = await RegisteredAsync(DuplicatesPhone);
        await DeliverAsync(PatientMergeEvents.Merged(survivorId, duplicateId));

        await DeliverAsync(BillIssued(duplicateId));

        var notice = Assert.Single(await HistoryAsync(survivorId), delivery => delivery.Template == "bill-issued");
        Assert.Equal(SurvivorsPhone, notice.Recipient);
    }

    [TimedFact]
    public async Task AMergeDeliveredTwiceMovesOnlyWhatTheDuplicateHadTheFirstTime()
    {
        var survivorId = await RegisteredAsync(SurvivorsPhone);
        var duplicateId = await RegisteredAsync(DuplicatesPhone);
        var merged = PatientMergeEvents.Merged(survivorId, duplicateId);
        await DeliverAsync(merged);
        var moved = (await RecordedAsync(merged.MergeId)).Single();
        var plannedMeanwhile = await LoggedForAsync(duplicateId);

        await DeliverAsync(merged);

        Assert.Equal([moved], await RecordedAsync(merged.MergeId));
        Assert.Equal([plannedMeanwhile], (await HistoryAsync(duplicateId)).Select(delivery => delivery.Id));
    }

    [TimedFact]
    public async Task AnUndoMovesBackExactlyTheMovedMessagesAndLeavesTheSurvivorsOwn()
    {
        var survivorId = await RegisteredAsync(SurvivorsPhone);
        var duplicateId = await RegisteredAsync(DuplicatesPhone);
        var duplicates = (await HistoryAsync(duplicateId)).Select(delivery => delivery.Id).ToList();
        var merged = PatientMergeEvents.Merged(survivorId, duplicateId);
        await DeliverAsync(merged);
        await DeliverAsync(BillIssued(survivorId));

        await DeliverAsync(PatientMergeEvents.Undone(merged));

        Assert.Equal(new[] { "bill-issued", PatientContactHandler.Welcome }.Order(), (await HistoryAsync(survivorId)).Select(delivery => delivery.Template).Order());
        Assert.Equal(duplicates, (await HistoryAsync(duplicateId)).Select(delivery => delivery.Id));
        Assert.Empty(await RecordedAsync(merged.MergeId));
    }

    [TimedFact]
    public async Task AMergeDeliveredAgainAfterItsUndoMovesNothing()
    {
        var survivorId = await RegisteredAsync(SurvivorsPhone);
        var duplicateId = await RegisteredAsync(DuplicatesPhone);
        var merged = PatientMergeEvents.Merged(survivorId, duplicateId);
        var undone = PatientMergeEvents.Undone(merged);
        await DeliverAsync(merged);
        await DeliverAsync(undone);

        await DeliverAsync(merged);
        await DeliverAsync(undone);

        Assert.Equal([SurvivorsPhone], (await HistoryAsync(survivorId)).Select(delivery => delivery.Recipient));
        Assert.Equal([DuplicatesPhone], (await HistoryAsync(duplicateId)).Select(delivery => delivery.Recipient));
    }

    [TimedFact]
    public async Task AnUndoOfAMergeNeverAppliedChangesNoHistoryAndKeepsTheLateMergeFromApplying()
    {
        var survivorId = await RegisteredAsync(SurvivorsPhone);
        var duplicateId = await RegisteredAsync(DuplicatesPhone);
        var merged = PatientMergeEvents.Merged(survivorId, duplicateId);

        await DeliverAsync(PatientMergeEvents.Undone(merged));
        Assert.Equal([SurvivorsPhone], (await HistoryAsync(survivorId)).Select(delivery => delivery.Recipient));
        Assert.Equal([DuplicatesPhone], (await HistoryAsync(duplicateId)).Select(delivery => delivery.Recipient));

        await DeliverAsync(merged);
        await DeliverAsync(BillIssued(duplicateId));
        Assert.Equal([SurvivorsPhone], (await HistoryAsync(survivorId)).Select(delivery => delivery.Recipient));
        Assert.Equal([DuplicatesPhone, DuplicatesPhone], (await HistoryAsync(duplicateId)).Select(delivery => delivery.Recipient));
    }

    private static BillIssued BillIssued(Guid patientId) => new(Guid.NewGuid(), "INV-2026-000042", patientId, "Laboratory", 44.50m, "USD");

    /// <summary>A patient reachable only by SMS, whose history so holds one message: the welcome.</summary>
    private async Task<Guid> RegisteredAsync(string phoneNumber, Guid? accountId = null)
    {
        var registered = new PatientRegistered(Guid.NewGuid(), "PMS-000042", "Ama", "Owusu", new DateOnly(1990, 4, 2), "Female", null, phoneNumber, accountId);
        await DeliverAsync(registered);
        return registered.PatientId;
    }

    private Task<ITrackedSession> DeliverAsync(object message) => _app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).InvokeMessageAndWaitAsync(message);

    /// <summary>The patient's history as staff see it, oldest first.</summary>
    private async Task<List<DeliveryDto>> HistoryAsync(Guid patientId)
    {
        using var staff = _app.ClientFor(Guid.NewGuid(), PmsRoles.Staff);
        var history = await staff.GetFromJsonAsync<PagedResult<DeliveryDto>>($"/api/notifications?patientId={patientId}", ServiceJson.Options, Cancellation);
        return [.. history!.Items.Reverse()];
    }

    /// <summary>A message planned for the patient outside the handlers, as one being planned while a merge is applied would be.</summary>
    private async Task<Guid> LoggedForAsync(Guid patientId)
    {
        await using var db = _app.Db();
        var delivery = new Delivery
        {
            Id = Guid.CreateVersion7(), PatientId = patientId, SourceEventId = Guid.NewGuid(), Channel = Channel.Sms, Template = PatientContactHandler.Welcome,
            Recipient = DuplicatesPhone, Status = DeliveryStatus.Sent, Body = "Welcome", CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow,
        };
        db.Deliveries.Add(delivery);
        await db.SaveChangesAsync(Cancellation);
        return delivery.Id;
    }

    private async Task<List<Guid>> RecordedAsync(Guid mergeId)
    {
        await using var db = _app.Db();
        return await db.MergedDeliveries.Where(record => record.MergeId == mergeId).Select(record => record.ItemId).ToListAsync(Cancellation);
    }
}
