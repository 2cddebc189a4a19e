using System.Net;
using System.Net.Http.Json;
using Pms.Contracts;
using Pms.Patients.Dtos;
using Pms.Patients.Model;
using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Patients.Tests;

public sealed class DoctorsApiTests(PatientsApp app)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly HttpClient _staff = app.ClientFor(Guid.NewGuid(), PmsRoles.Staff);

    [TimedFact]
    public async Task StaffCreateADoctorsProfileOnceWithTheConfiguredTimeZoneByDefault()
    {
        var id = Guid.NewGuid();
        var request = new DoctorRequest(id, "Grace", "Hopper", "Cardiology", "CONS-SPEC", null);

        using var created = await _staff.PostAsJsonAsync("/api/doctors", request, Cancellation);
        using var again = await _staff.PostAsJsonAsync("/api/doctors", request, Cancellation);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var doctor = await created.Content.ReadFromJsonAsync<DoctorDto>(ServiceJson.Options, Cancellation);
        Assert.Equal((id, "Europe/London", "CONS-SPEC"), (doctor!.Id, doctor.TimeZone, doctor.ConsultationFeeCode));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var patient = app.ClientFor(Guid.NewGuid(), PmsRoles.Patient);
        Assert.Equal("Grace", (await patient.GetFromJsonAsync<DoctorDto>($"/api/doctors/{id}", ServiceJson.Options, Cancellation))!.FirstName);
    }

    [TimedTheory]
    [InlineData(PmsRoles.Patient)]
    [InlineData(PmsRoles.Doctor)]
    public async Task OnlyStaffCreateDoctors(string role)
    {
        var caller = app.ClientFor(Guid.NewGuid(), role);

        using var response = await caller.PostAsJsonAsync("/api/doctors", new DoctorRequest(Guid.NewGuid(), "A", "B", "C", "D", null), Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [TimedTheory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("GMT Standard Time")]
    public async Task AProfileWithAnUnknownOrNonIanaTimeZoneIsRejected(string timeZone)
    {
        using var response = await _staff.PostAsJsonAsync("/api/doctors",
            new DoctorRequest(Guid.NewGuid(), "Grace", "Hopper", "Cardiology", "CONS-SPEC", timeZone), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [TimedFact]
    public async Task ADoctorManagesTheirOwnAvailabilityButNotAnotherDoctors()
    {
        var clinic = await new Clinic(app).OpenAsync();
        var rules = new AvailabilityRequest([new WeeklyAvailability(Clinic.FutureDay.DayOfWeek, new(14, 0), new(15, 0), 20)]);

        using var own = await clinic.Doctor.PutAsJsonAsync($"/api/doctors/{clinic.DoctorId}/availability", rules, Cancellation);
        using var other = await app.ClientFor(Guid.NewGuid(), PmsRoles.Doctor)
            .PutAsJsonAsync($"/api/doctors/{clinic.DoctorId}/availability", new AvailabilityRequest([]), Cancellation);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(
            [Clinic.At(Clinic.FutureDay, 14), Clinic.At(Clinic.FutureDay, 14, 20), Clinic.At(Clinic.FutureDay, 14, 40)],
            await clinic.FreeStartsAsync(_staff, Clinic.FutureDay));
    }

    [TimedFact]
    public async Task OverlappingOrEmptyRulesAreRejected()
    {
        var clinic = await new Clinic(app).OpenAsync();
        var overlapping = new AvailabilityRequest(
        [
            new WeeklyAvailability(DayOfWeek.Monday, new(9, 0), new(12, 0), 30),
            new WeeklyAvailability(DayOfWeek.Monday, new(11, 0), new(13, 0), 30),
        ]);
        var tooShort = new AvailabilityRequest([new WeeklyAvailability(DayOfWeek.Monday, new(9, 0), new(9, 20), 30)]);

        using var first = await _staff.PutAsJsonAsync($"/api/doctors/{clinic.DoctorId}/availability", overlapping, Cancellation);
        using var second = await _staff.PutAsJsonAsync($"/api/doctors/{clinic.DoctorId}/availability", tooShort, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(6, (await clinic.FreeStartsAsync(_staff, Clinic.FutureDay)).Count);
    }

    [TimedFact]
    public async Task APartialExceptionRemovesTheSlotsItCoversAndIsListedForStaff()
    {
        var clinic = await new Clinic(app).OpenAsync();
        var day = Clinic.FutureDay;

        using var added = await _staff.PostAsJsonAsync($"/api/doctors/{clinic.DoctorId}/exceptions",
            new AvailabilityExceptionRequest(day, day, new(10, 0), new(11, 0), "Training"), Cancellation);
        using var backwards = await _staff.PostAsJsonAsync($"/api/doctors/{clinic.DoctorId}/exceptions",
            new AvailabilityExceptionRequest(day, day, new(11, 0), new(10, 0), "Backwards"), Cancellation);
        using var patientReads = await app.ClientFor(Guid.NewGuid(), PmsRoles.Patient).GetAsync($"/api/doctors/{clinic.DoctorId}/exceptions", Cancellation);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, patientReads.StatusCode);
        Assert.Equal([Clinic.At(day, 9), Clinic.At(day, 9, 30), Clinic.At(day, 11), Clinic.At(day, 11, 30)], await clinic.FreeStartsAsync(_staff, day));
        var listed = await clinic.Doctor.GetFromJsonAsync<List<AvailabilityExceptionDto>>($"/api/doctors/{clinic.DoctorId}/exceptions", ServiceJson.Options, Cancellation);
        Assert.Equal("Training", Assert.Single(listed!).Reason);
    }

    [TimedFact]
    public async Task RemovingAnAbsenceGivesItsSlotsBack()
    {
        var clinic = await new Clinic(app).OpenAsync();
        var day = Clinic.FutureDay;
        using var added = await clinic.Doctor.PostAsJsonAsync($"/api/doctors/{clinic.DoctorId}/exceptions",
            new AvailabilityExceptionRequest(day, day, null, null, "Conference"), Cancellation);
        var absence = await added.Content.ReadFromJsonAsync<AvailabilityExceptionDto>(ServiceJson.Options, Cancellation);
        Assert.Empty(await clinic.FreeStartsAsync(_staff, day));

        using var byOtherDoctor = await app.ClientFor(Guid.NewGuid(), PmsRoles.Doctor)
            .DeleteAsync($"/api/doctors/{clinic.DoctorId}/exceptions/{absence!.Id}", Cancellation);
        using var removed = await clinic.Doctor.DeleteAsync($"/api/doctors/{clinic.DoctorId}/exceptions/{absence.Id}", Cancellation);
        using var again = await clinic.Doctor.DeleteAsync($"/api/doctors/{clinic.DoctorId}/exceptions/{absence.Id}", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, byOtherDoctor.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(6, (await clinic.FreeStartsAsync(_staff, day)).Count);
    }

    [TimedFact]
    public async Task SlotsOfAnUnknownDoctorAreNotFound()
    {
        using var response = await _staff.GetAsync($"/api/doctors/{Guid.NewGuid()}/slots?date=2030-01-01", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [TimedFact]
    public async Task ACallerWithoutAPersonsRoleIsRefused()
    {
        using var response = await app.ClientFor(Guid.NewGuid(), PmsRoles.Service).GetAsync("/api/doctors", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
