using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pms.Contracts;
using Pms.Contracts.Billing;
using Pms.Contracts.Events;
using Pms.Patients.Dtos;
using Pms.Patients.Model;
using Pms.Patients.Services;
using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Pms.Patients.Tests;

/// <summary>Both ways of registering charge the fee one way: one request to billing that names the patient.</summary>
public sealed class RegistrationFeeTests(PatientsApp app)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly HttpClient _staff = app.ClientFor(Guid.NewGuid(), PmsRoles.Staff);

    [TimedFact]
    public async Task AWalkInsFeeIsChargedWhileTheDeskWaitsAndTheChargeNamesThePatient()
    {
        var lastName = UniqueLastName();

        using var response = await _staff.PostAsJsonAsync("/api/patients", WalkIn(lastName), Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registered = (await response.Content.ReadFromJsonAsync<RegisteredPatientResponse>(ServiceJson.Options, Cancellation))!;
        var key = BillingFeeClient.RegistrationKey(registered.Id);
        // The durable command may run while the desk's attempt is still going; billing's key keeps it one bill.
        var charge = Assert.Single(app.Billing.ChargesWith(key), charge => charge.Answer == HttpStatusCode.Created);
        Assert.Equal((FeeKind.Registration, null), (charge.Fee!.Kind, charge.Fee.FeeCode));
        Assert.Equal((registered.Id, registered.Mrn, "Kofi", lastName, (Guid?)null),
            (charge.Fee.Patient.PatientId, charge.Fee.Patient.Mrn, charge.Fee.Patient.FirstName, charge.Fee.Patient.LastName, charge.Fee.Patient.AuthUserId));
        Assert.Equal(new FeeDto(FeeStatus.Charged, app.Billing.BillFor(key)!.BillId), registered.RegistrationFee);
    }

    [TimedFact]
    public async Task AWalkInRegisteredWhileBillingIsDownIsPendingAndChargedOnceBillingIsBack()
    {
        var lastName = UniqueLastName();
        app.Billing.TakeDownPatientsNamed(lastName);

        using var response = await _staff.PostAsJsonAsync("/api/patients", WalkIn(lastName), Cancellation);
        var registered = (await response.Content.ReadFromJsonAsync<RegisteredPatientResponse>(ServiceJson.Options, Cancellation))!;
        app.Billing.BringBackPatientsNamed(lastName);

        Assert.Equal((HttpStatusCode.Created, new FeeDto(FeeStatus.Pending, null)), (response.StatusCode, registered.RegistrationFee));
        var key = BillingFeeClient.RegistrationKey(registered.Id);
        var charged = await ChargedFeeAsync(registered.Id);
        Assert.Equal(new FeeDto(FeeStatus.Charged, app.Billing.BillFor(key)!.BillId), charged);
        Assert.Single(app.Billing.ChargesWith(key), charge => charge.Answer == HttpStatusCode.Created);
    }

    [TimedFact]
    public async Task ASelfRegisteredPatientsRecordAndFeeChargeCarryTheirAccount()
    {
        var accountId = Guid.NewGuid();
        var lastName = UniqueLastName();

        await app.TrackAsync(() => app.Services.GetRequiredService<IMessageBus>().InvokeAsync(
            new PatientAccountRegistered(accountId, $"{lastName}@example.org", "Efua", lastName, null, new DateOnly(1991, 4, 2), "Female"), Cancellation));

        var patientId = PatientIds.ForAccount(accountId);
        var charged = await ChargedFeeAsync(patientId);
        var charge = Assert.Single(app.Billing.ChargesWith(BillingFeeClient.RegistrationKey(patientId)), charge => charge.Answer == HttpStatusCode.Created);
        Assert.Equal((FeeKind.Registration, accountId, lastName), (charge.Fee!.Kind, charge.Fee.Patient.AuthUserId, charge.Fee.Patient.LastName));
        Assert.Equal(FeeStatus.Charged, charged.Status);
    }

    private async Task<FeeDto> ChargedFeeAsync(Guid patientId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using var db = app.Db();
            var fee = await db.Patients.AsNoTracking().Where(patient => patient.Id == patientId)
                .Select(patient => new FeeDto(patient.RegistrationFeeStatus, patient.RegistrationBillId))
                .SingleOrDefaultAsync(Cancellation);
            if (fee?.Status == FeeStatus.Charged || DateTime.UtcNow > deadline)
            {
                return fee ?? new FeeDto(FeeStatus.Pending, null);
            }

            await Task.Delay(100, Cancellation);
        }
    }

    private static string UniqueLastName() => $"Mensah{Guid.NewGuid():N}"[..20];

    private static PatientDetailsRequest WalkIn(string lastName) =>
        new("Kofi", lastName, new DateOnly(1984, 11, 23), "Male", null, null, null, null);
}
