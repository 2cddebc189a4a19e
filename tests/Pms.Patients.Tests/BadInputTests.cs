using Pms.Testing;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pms.Patients.Tests.Infrastructure;

namespace Pms.Patients.Tests;

/// <summary>Malformed or hostile input is answered with ProblemDetails and stores nothing.</summary>
public sealed class BadInputTests(PatientsApp app) : IAsyncLifetime
{
    private readonly Clinic _clinic = new(app);

    public async ValueTask InitializeAsync() => await _clinic.OpenAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [TimedTheory]
    [InlineData("{")]
    [InlineData("""{"doctorId": "not-a-guid", "startsAt": "2030-01-07T09:00:00Z"}""")]
    [InlineData("""{"doctorId": "{doctor}", "startsAt": "next tuesday"}""")]
    [InlineData("""{"doctorId": "{doctor}"}""")]
    [InlineData("""{"doctorId": "{doctor}", "startsAt": "2030-01-07T09:00:00Z", "reason": "{long}"}""")]
    public async Task AMalformedBookingIsABadRequestAndStoresNothing(string body)
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var json = body.Replace("{doctor}", _clinic.DoctorId.ToString(), StringComparison.Ordinal)
            .Replace("{long}", new string('x', 501), StringComparison.Ordinal);

        using var response = await patient.PostAsync("/api/appointments", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await using var db = app.Db();
        Assert.False(await db.Appointments.AnyAsync(appointment => appointment.PatientId == patientId, TestContext.Current.CancellationToken));
    }

    [TimedTheory]
    [InlineData("not-a-date")]
    [InlineData("2030-02-30")]
    public async Task ASlotListForAnImpossibleDateIsABadRequest(string date)
    {
        using var response = await _clinic.Staff.GetAsync($"/api/doctors/{_clinic.DoctorId}/slots?date={date}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [TimedFact]
    public async Task AnAvailabilityWithAnUnknownDayIsABadRequestAndKeepsTheTimetable()
    {
        using var response = await _clinic.Staff.PutAsync($"/api/doctors/{_clinic.DoctorId}/availability",
            new StringContent("""{"weeklyAvailability": [{"dayOfWeek": "Someday", "startTime": "09:00", "endTime": "12:00", "slotMinutes": 30}]}""",
                Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(6, (await _clinic.FreeStartsAsync(_clinic.Staff, Clinic.FutureDay)).Count);
    }
}
