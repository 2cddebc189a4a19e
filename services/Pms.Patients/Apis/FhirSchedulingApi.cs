using System.Security.Claims;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Pms.Contracts.Audit;
using Pms.Patients.Fhir;
using Pms.Patients.Infrastructure;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Fhir;

namespace Pms.Patients.Apis;

/// <summary>FHIR R4: doctors (Practitioner), their schedules and slots, and appointments.</summary>
public static class FhirSchedulingApi
{
    public static IEndpointRouteBuilder MapFhirSchedulingApi(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup(FhirPaths.Root).WithTags("FHIR").RequireAuthorization(FhirExtensions.ReadPolicy).Audited();
        fhir.MapGet("/Practitioner/{id}", ReadPractitioner).WithName("FhirReadPractitioner").WithSummary("A doctor.");
        fhir.MapGet("/Practitioner", SearchPractitioners).WithName("FhirSearchPractitioners").WithSummary("Doctors by id or name.");
        fhir.MapGet("/Schedule/{id}", ReadSchedule).WithName("FhirReadSchedule").WithSummary("A doctor's schedule (the doctor's id).");
        fhir.MapGet("/Schedule", SearchSchedules).WithName("FhirSearchSchedules").WithSummary("Schedules by id or doctor.");
        fhir.MapGet("/Slot/{id}", ReadSlot).WithName("FhirReadSlot").WithSummary("One slot of a doctor's day, free or busy.");
        fhir.MapGet("/Slot", SearchSlots).WithName("FhirSearchSlots").WithSummary("A schedule's slots of one day, free or busy.");
        fhir.MapGet("/Appointment/{id}", ReadAppointment).WithName("FhirReadAppointment").WithSummary("An appointment the caller sees.");
        fhir.MapGet("/Appointment", SearchAppointments).WithName("FhirSearchAppointments").WithSummary("Appointments by patient, doctor, day or status.");
        return app;
    }

    public static async Task<FhirResourceResult> ReadPractitioner(string id, PatientDbContext db, CancellationToken cancellationToken) =>
        await FindDoctorAsync(db, id, cancellationToken) is { } doctor
            ? FhirResults.Resource(SchedulingResources.Practitioner(doctor))
            : FhirResults.NotFound("Practitioner", id);

    public static Task<FhirResourceResult> SearchPractitioners(HttpRequest request, PatientDbContext db, CancellationToken cancellationToken) =>
        SearchDoctorsAsync(request, db, ResourceType.Practitioner, "name", SchedulingResources.Practitioner, cancellationToken);

    public static async Task<FhirResourceResult> ReadSchedule(string id, PatientDbContext db, CancellationToken cancellationToken) =>
        await FindDoctorAsync(db, id, cancellationToken) is { } doctor
            ? FhirResults.Resource(SchedulingResources.Schedule(doctor))
            : FhirResults.NotFound("Schedule", id);

    public static Task<FhirResourceResult> SearchSchedules(HttpRequest request, PatientDbContext db, CancellationToken cancellationToken) =>
        SearchDoctorsAsync(request, db, ResourceType.Schedule, "actor", SchedulingResources.Schedule, cancellationToken);

    public static async Task<FhirResourceResult> ReadSlot(string id, PatientDbContext db, DoctorSchedule schedule, CancellationToken cancellationToken)
    {
        if (SchedulingResources.ParseSlotId(id) is not var (doctorId, startsAt)
            || await db.Doctors.AsNoTracking().SingleOrDefaultAsync(doctor => doctor.Id == doctorId, cancellationToken) is not { } doctor)
        {
            return FhirResults.NotFound("Slot", id);
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(startsAt, TimeZoneInfo.FindSystemTimeZoneById(doctor.TimeZoneId)).DateTime);
        var slot = (await schedule.DayAsync(doctor, day, cancellationToken)).Where(candidate => candidate.Slot.StartsAt == startsAt).ToList();
        return slot.Count == 1 ? FhirResults.Resource(SchedulingResources.Slot(doctorId, slot[0].Slot, slot[0].Free)) : FhirResults.NotFound("Slot", id);
    }

    public static async Task<FhirResourceResult> SearchSlots(HttpRequest request, PatientDbContext db, DoctorSchedule schedule, CancellationToken cancellationToken)
    {
        var (page, pageError) = FhirPage.ForSearch(request.Query, ResourceType.Slot);
        if (page is null)
        {
            return FhirResults.Invalid(pageError!);
        }

        var doctorId = FhirSearchValues.Reference(request.Query["schedule"].ToString(), "Schedule");
        var doctor = doctorId is null ? null : await db.Doctors.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == doctorId, cancellationToken);
        if (doctor is null)
        {
            return FhirResults.Invalid("schedule is required: Schedule/{id} of a doctor.");
        }

        var start = request.Query["start"].ToString();
        var day = start.Length == 0 ? schedule.TodayOf(doctor) : FhirSearchValues.Day(start);
        var status = request.Query["status"].ToString();
        if (day is null || status is not ("" or "free" or "busy"))
        {
            return FhirResults.Invalid("start must be a day (yyyy-MM-dd) and status free or busy.");
        }

        var slots = (await schedule.DayAsync(doctor, day.Value, cancellationToken))
            .Where(slot => status.Length == 0 || slot.Free == (status == "free"))
            .ToList();
        return FhirResults.Resource(Searchset.Of(
            request, slots.Skip(page.Offset).Take(page.Count).Select(slot => SchedulingResources.Slot(doctor.Id, slot.Slot, slot.Free)), slots.Count, page));
    }

    public static async Task<FhirResourceResult> ReadAppointment(
        string id, ClaimsPrincipal user, AppointmentQueries appointments, AuditTrail audit, CancellationToken cancellationToken)
    {
        var appointmentId = FhirSearchValues.Id(id);
        var appointment = appointmentId is null ? null
            : await appointments.Visible(Caller.From(user)).SingleOrDefaultAsync(candidate => candidate.Id == appointmentId, cancellationToken);
        audit.Record(AuditActions.Read, AuditResources.Appointment, appointmentId, appointment?.PatientId);
        return appointment is null ? FhirResults.NotFound("Appointment", id) : FhirResults.Resource(SchedulingResources.Appointment(appointment));
    }

    public static async Task<FhirResourceResult> SearchAppointments(
        HttpRequest request, ClaimsPrincipal user, AppointmentResourceSearch search, AuditTrail audit, CancellationToken cancellationToken)
    {
        var (page, pageError) = FhirPage.ForSearch(request.Query, ResourceType.Appointment);
        var (matches, error) = search.Find(request.Query, Caller.From(user));
        if (page is null || matches is null)
        {
            return FhirResults.Invalid(pageError ?? error!);
        }

        var (appointments, total) = await matches.ToSliceAsync(page.Offset, page.Count, cancellationToken);
        audit.Record(AuditActions.Search, AuditResources.Appointment, null, appointments.Select(appointment => appointment.PatientId).Distinct());
        return FhirResults.Resource(Searchset.Of(request, appointments.Select(SchedulingResources.Appointment), total, page));
    }

    private static Task<Model.Doctor?> FindDoctorAsync(PatientDbContext db, string id, CancellationToken cancellationToken) =>
        FhirSearchValues.Id(id) is { } doctorId
            ? db.Doctors.AsNoTracking().SingleOrDefaultAsync(doctor => doctor.Id == doctorId, cancellationToken)
            : System.Threading.Tasks.Task.FromResult<Model.Doctor?>(null);

    /// <summary>Doctors by <c>_id</c>, and by name (Practitioner) or by the Practitioner reference (Schedule, <paramref name="byDoctor"/>).</summary>
    private static async Task<FhirResourceResult> SearchDoctorsAsync(
        HttpRequest request, PatientDbContext db, ResourceType type, string byDoctor, Func<Model.Doctor, Resource> toResource, CancellationToken cancellationToken)
    {
        var (page, pageError) = FhirPage.ForSearch(request.Query, type);
        var (matches, error) = FhirSearch.Apply(db.Doctors.AsNoTracking(), request.Query, (doctors, name, value) => name switch
        {
            "_id" when FhirSearchValues.Id(value) is { } doctorId => (doctors.Where(doctor => doctor.Id == doctorId), null),
            "_id" => (null, "_id must be a doctor's id."),
            "actor" when name == byDoctor && FhirSearchValues.Reference(value, "Practitioner") is { } doctorId => (doctors.Where(doctor => doctor.Id == doctorId), null),
            "actor" => (null, "actor must be Practitioner/{id}."),
            "name" => (doctors.Where(doctor => EF.Functions.ILike(doctor.FirstName, $"{LikePatterns.Escape(value.Trim())}%", LikePatterns.EscapeCharacter)
                || EF.Functions.ILike(doctor.LastName, $"{LikePatterns.Escape(value.Trim())}%", LikePatterns.EscapeCharacter)), null),
            _ => (doctors, (string?)null),
        });
        if (page is null || matches is null)
        {
            return FhirResults.Invalid(pageError ?? error!);
        }

        var (doctors, total) = await matches.OrderBy(doctor => doctor.LastName).ThenBy(doctor => doctor.FirstName).ThenBy(doctor => doctor.Id)
            .ToSliceAsync(page.Offset, page.Count, cancellationToken);
        return FhirResults.Resource(Searchset.Of(request, doctors.Select(toResource), total, page));
    }
}
