namespace Pms.Patients.Model;

public enum RegistrationSource
{
    /// <summary>Staff registered the patient (a walk-in).</summary>
    Desk,

    /// <summary>The patient signed up themselves.</summary>
    Online,
}
