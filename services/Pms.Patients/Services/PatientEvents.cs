using Pms.Contracts.Events;
using Pms.Patients.Model;

namespace Pms.Patients.Services;

public static class PatientEvents
{
    public static PatientRegistered Registered(Patient patient) => new(
        patient.Id, patient.Mrn, patient.FirstName, patient.LastName, patient.DateOfBirth, patient.Sex.ToString(),
        patient.Email, patient.PhoneNumber, patient.AuthUserId);

    public static PatientUpdated Updated(Patient patient) => new(
        patient.Id, patient.Mrn, patient.FirstName, patient.LastName, patient.DateOfBirth, patient.Sex.ToString(),
        patient.Email, patient.PhoneNumber, patient.AuthUserId);
}
