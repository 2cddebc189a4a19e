using System.Net;
using System.Net.Http.Json;
using Pms.Contracts.Billing;
using Pms.Patients.Dtos;
using Pms.Patients.Model;
using Pms.Patients.Services;
using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Patients.Tests;

public sealed class ConsultationFeeTests(PatientsApp app) : IAsyncLifetime
{
    private readonly Clinic _clinic = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _clinic.OpenAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [TimedFact]
    public async Task CompletingAnAppointmentChargesTheDoctorsConsultationFeeOnce()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var appointmentId = await _clinic.StartedAppointmentAsync(patientId);
        var key = BillingFeeClient.ConsultationKey(appointmentId);

        using var response = await _clinic.Doctor.PostAsync($"/api/appointments/{appointmentId}/complete", null, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var completed = await response.Content.ReadFromJsonAsync<AppointmentDto>(ServiceJson.Options, Cancellation);
        // The pending-fee job, quick in these tests, may retry while a slow request still charges; billing's key keeps it one bill.
        var charge = Assert.Single(app.Billing.ChargesWith(key), charge => charge.Answer == HttpStatusCode.Created);
        Assert.Equal(BillingRoutes.Fees, charge.Path);
        Assert.Equal((FeeKind.Consultation, "CONS-GP"), (charge.Fee!.Kind, charge.Fee.FeeCode));
        Assert.Equal((patientId, "Ama", "Owusu"), (charge.Fee.Patient.PatientId, charge.Fee.Patient.FirstName, charge.Fee.Patient.LastName));
        Assert.Equal(new FeeDto(FeeStatus.Charged, app.Billing.BillFor(key)!.BillId), completed!.ConsultationFee);
        var stored = await _clinic.Doctor.GetFromJsonAsync<AppointmentDto>($"/api/appointments/{appointmentId}", ServiceJson.Options, Cancellation);
        Assert.Equal(completed.ConsultationFee, stored!.ConsultationFee);
    }

    [TimedFact]
    public async Task ANoShowChargesNothing()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var appointmentId = await _clinic.StartedAppointmentAsync(patientId);

        using var response = await _clinic.Doctor.PostAsync($"/api/appointments/{appointmentId}/no-show", null, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await response.Content.ReadFromJsonAsync<AppointmentDto>(ServiceJson.Options, Cancellation))!.ConsultationFee);
        Assert.Empty(app.Billing.ChargesWith(BillingFeeClient.ConsultationKey(appointmentId)));
    }

    [TimedFact]
    public async Task WhileBillingIsDownTheFeeIsPendingAndTheJobChargesItOnceBillingIsBack()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var appointmentId = await _clinic.StartedAppointmentAsync(patientId);
        var key = BillingFeeClient.ConsultationKey(appointmentId);
        app.Billing.TakeDown(key);

        using var response = await _clinic.Doctor.PostAsync($"/api/appointments/{appointmentId}/complete", null, Cancellation);
        var completed = await response.Content.ReadFromJsonAsync<AppointmentDto>(ServiceJson.Options, Cancellation);
        app.Billing.BringBack(key);
        var charged = await EventuallyChargedAsync(appointmentId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((AppointmentStatus.Completed, new FeeDto(FeeStatus.Pending, null)), (completed!.Status, completed.ConsultationFee));
        Assert.Equal(new FeeDto(FeeStatus.Charged, app.Billing.BillFor(key)!.BillId), charged);
        Assert.Single(app.Billing.ChargesWith(key), charge => charge.Answer == HttpStatusCode.Created);
        Assert.DoesNotContain(app.Billing.ChargesWith(key), charge => charge.Answer == HttpStatusCode.OK);
    }

    [TimedFact]
    public async Task ARetryThatFailsUnexpectedlyDoesNotStopTheJobAndALaterRoundChargesTheFee()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var appointmentId = await _clinic.StartedAppointmentAsync(patientId);
        var key = BillingFeeClient.ConsultationKey(appointmentId);
        app.Billing.TakeDown(key);
        using var response = await _clinic.Doctor.PostAsync($"/api/appointments/{appointmentId}/complete", null, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        app.Billing.Break(key);
        var brokenAttempt = await EventuallyAsync(() => app.Billing.ChargesWith(key).Any(charge => charge.Answer is null));
        app.Billing.BringBack(key);
        var charged = await EventuallyChargedAsync(appointmentId);

        Assert.True(brokenAttempt, "The pending-fees job never called billing while the call was broken.");
        Assert.Equal(new FeeDto(FeeStatus.Charged, app.Billing.BillFor(key)!.BillId), charged);
        var answers = app.Billing.ChargesWith(key).Select(charge => charge.Answer).ToList();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answers[0]);
        Assert.Equal(HttpStatusCode.Created, answers[^1]);
        Assert.Single(answers, answer => answer == HttpStatusCode.Created);
        Assert.DoesNotContain(HttpStatusCode.OK, answers);
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), Cancellation);
        }

        return true;
    }

    private async Task<FeeDto?> EventuallyChargedAsync(Guid appointmentId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var appointment = await _clinic.Doctor.GetFromJsonAsync<AppointmentDto>($"/api/appointments/{appointmentId}", ServiceJson.Options, Cancellation);
            if (appointment!.ConsultationFee?.Status == FeeStatus.Charged || DateTime.UtcNow > deadline)
            {
                return appointment.ConsultationFee;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), Cancellation);
        }
    }
}
