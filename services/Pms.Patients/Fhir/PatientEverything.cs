using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Patients.Infrastructure;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;
using R4 = Hl7.Fhir.Model;

namespace Pms.Patients.Fhir;

/// <summary>
/// FHIR's <c>Patient/{id}/$everything</c>: the record, the appointments the caller sees and their doctors, the documents,
/// and the invoices billing-service gives the caller. All of it or a refusal, never a part passed off as the whole.
/// </summary>
public sealed class PatientEverything(PatientDbContext db, AppointmentQueries appointments, BillingInvoices invoices, IOptions<IdentifierOptions> identifiers)
{
    public async Task<Outcome<(R4.Patient Patient, IReadOnlyList<R4.Resource> Related)>> CollectAsync(
        Guid patientId, Caller caller, AuthenticationHeaderValue authorization, string origin, CancellationToken cancellationToken)
    {
        var patient = await db.Patients.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(candidate => candidate.Id == patientId, cancellationToken);
        if (patient is null)
        {
            return Refusal.NotFound($"Patient/{patientId} is not known.");
        }

        var booked = await appointments.Visible(caller).Where(appointment => appointment.PatientId == patientId)
            .OrderBy(appointment => appointment.StartsAt).ToListAsync(cancellationToken);
        var doctorIds = booked.Select(appointment => appointment.DoctorId).Distinct().ToList();
        var doctors = await db.Doctors.AsNoTracking().Where(doctor => doctorIds.Contains(doctor.Id)).ToListAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().Where(document => document.PatientId == patientId)
            .OrderBy(document => document.UploadedAt).ToListAsync(cancellationToken);
        var bills = await invoices.OfPatientAsync(patientId, authorization, cancellationToken);
        if (bills is null)
        {
            return Refusal.Unavailable("billing-service did not give the patient's invoices, so everything cannot be answered; try again shortly.");
        }

        IReadOnlyList<R4.Resource> related =
        [
            .. booked.Select(SchedulingResources.Appointment),
            .. doctors.Select(SchedulingResources.Practitioner),
            .. documents.Select(document => DocumentResources.From(document, origin)),
            .. bills,
        ];
        var replaced = await db.ReplacedByAsync([patient.Id], cancellationToken);
        return (PatientResources.From(patient, identifiers.Value, replaced[patient.Id]), related);
    }
}
