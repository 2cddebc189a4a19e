using System.Net.Http.Json;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pms.Billing.Dtos;
using Pms.Billing.Tests.Infrastructure;
using Pms.ServiceDefaults.Apis;
using Pms.Testing;
using Pms.Testing.Fhir;
using Wolverine;
using Task = System.Threading.Tasks.Task;

namespace Pms.Billing.Tests;

/// <summary>A duplicate record's bills follow the survivor when patient-service merges the two, and go back when the merge is undone.</summary>
public sealed class PatientMergeTests(BillingApp app)
{
    private readonly BillingDesk _desk = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task TheDuplicatesBillsFollowTheSurvivorWithTheirPayments()
    {
        var (survivorId, survivor) = await _desk.PatientAsync();
        var (duplicateId, _) = await _desk.PatientAsync();
        var bill = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(duplicateId));
        await _desk.PaidAsync(bill.Id, 20.00m);

        await DeliverAsync(PatientMergeEvents.Merged(survivorId, duplicateId));

        var own = await survivor.GetFromJsonAsync<PagedResult<BillDto>>("/api/billing/bills", ServiceJson.Options, Cancellation);
        var moved = Assert.Single(own!.Items);
        Assert.Equal((bill.Id, survivorId, 20.00m), (moved.Id, moved.PatientId, Assert.Single(moved.Payments).Amount));
        Assert.Equal([bill.Id.ToString()], await InvoiceIdsAsync(survivorId));
        Assert.Empty(await BillIdsAsync(duplicateId));
    }

    [TimedFact]
    public async Task AMergeDeliveredTwiceMovesOnlyWhatTheDuplicateHadTheFirstTime()
    {
        var (survivorId, _) = await _desk.PatientAsync();
        var (duplicateId, _) = await _desk.PatientAsync();
        var moved = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(duplicateId));
        var merged = PatientMergeEvents.Merged(survivorId, duplicateId);
        await DeliverAsync(merged);
        var issuedSince = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(duplicateId));

        await DeliverAsync(merged);

        Assert.Equal([moved.Id], await BillIdsAsync(survivorId));
        Assert.Equal([issuedSince.Id], await BillIdsAsync(duplicateId));
        Assert.Equal([moved.Id], await RecordedAsync(merged.MergeId));
    }

    [TimedFact]
    public async Task AnUndoMovesBackExactlyTheMovedBillsAndLeavesTheSurvivorsOwn()
    {
        var (survivorId, _) = await _desk.PatientAsync();
        var (duplicateId, _) = await _desk.PatientAsync();
        var survivorsBefore = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(survivorId));
        var duplicates = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(duplicateId));
        var merged = PatientMergeEvents.Merged(survivorId, duplicateId);
        await DeliverAsync(merged);
        var survivorsSince = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(survivorId));

        await DeliverAsync(PatientMergeEvents.Undone(merged));

        Assert.Equal(new[] { survivorsBefore.Id, survivorsSince.Id }.Order(), await BillIdsAsync(survivorId));
        Assert.Equal([duplicates.Id], await BillIdsAsync(duplicateId));
        Assert.Equal([duplicates.Id.ToString()], await InvoiceIdsAsync(duplicateId));
        Assert.Empty(await RecordedAsync(merged.MergeId));
    }

    [TimedFact]
    public async Task AMergeDeliveredAgainAfterItsUndoMovesNothing()
    {
        var (survivorId, _) = await _desk.PatientAsync();
        var (duplicateId, _) = await _desk.PatientAsync();
        var duplicates = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(duplicateId));
        var merged = PatientMergeEvents.Merged(survivorId, duplicateId);
        var undone = PatientMergeEvents.Undone(merged);
        await DeliverAsync(merged);
        await DeliverAsync(undone);

        await DeliverAsync(merged);
        await DeliverAsync(undone);

        Assert.Empty(await BillIdsAsync(survivorId));
        Assert.Equal([duplicates.Id], await BillIdsAsync(duplicateId));
    }

    [TimedFact]
    public async Task AnUndoOfAMergeBillingNeverAppliedChangesNoBillAndKeepsTheLateMergeFromApplying()
    {
        var (survivorId, _) = await _desk.PatientAsync();
        var (duplicateId, _) = await _desk.PatientAsync();
        var survivors = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(survivorId));
        var duplicates = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(duplicateId));
        var merged = PatientMergeEvents.Merged(survivorId, duplicateId);

        await DeliverAsync(PatientMergeEvents.Undone(merged));
        Assert.Equal([survivors.Id], await BillIdsAsync(survivorId));
        Assert.Equal([duplicates.Id], await BillIdsAsync(duplicateId));

        await DeliverAsync(merged);
        Assert.Equal([survivors.Id], await BillIdsAsync(survivorId));
        Assert.Equal([duplicates.Id], await BillIdsAsync(duplicateId));
    }

    /// <summary>
    /// Handles the event through billing's handler pipeline, as one from Kafka, without a tracked session: the host is shared
    /// with the other test classes, whose tracked sessions of their own must see only what they did.
    /// </summary>
    private Task DeliverAsync(object message) => app.Services.GetRequiredService<IMessageBus>().InvokeAsync(message, Cancellation);

    private async Task<List<Guid>> BillIdsAsync(Guid patientId)
    {
        var bills = await _desk.Staff.GetFromJsonAsync<PagedResult<BillDto>>($"/api/billing/bills?patientId={patientId}", ServiceJson.Options, Cancellation);
        return [.. bills!.Items.Select(bill => bill.Id).Order()];
    }

    private async Task<List<string?>> InvoiceIdsAsync(Guid patientId)
    {
        using var response = await _desk.Staff.GetAsync(new Uri($"/fhir/Invoice?patient=Patient/{patientId}", UriKind.Relative), Cancellation);
        var bundle = FhirValidation.ParseValid<Bundle>(await response.Content.ReadAsStringAsync(Cancellation));
        return [.. bundle.Entry.Select(entry => entry.Resource?.Id)];
    }

    private async Task<List<Guid>> RecordedAsync(Guid mergeId)
    {
        await using var db = app.Db();
        return await db.MergedItems.Where(record => record.MergeId == mergeId).Select(record => record.ItemId).ToListAsync(Cancellation);
    }
}
