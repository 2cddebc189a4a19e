namespace Pms.Patients.Model;

public enum DocumentKind
{
    LabResult,
    Imaging,
    Prescription,
    Other,
}
