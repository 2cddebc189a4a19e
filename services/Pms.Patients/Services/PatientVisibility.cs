using Pms.Patients.Model;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Services;

public static class PatientVisibility
{
    /// <summary>Staff and doctors reach every patient's record, a patient only their own.</summary>
    public static IQueryable<Patient> VisibleTo(this IQueryable<Patient> patients, Caller caller) =>
        caller.IsStaff || caller.IsDoctor ? patients
        : caller.IsPatient ? patients.Where(patient => patient.AuthUserId == caller.UserId)
        : patients.Where(_ => false);
}
