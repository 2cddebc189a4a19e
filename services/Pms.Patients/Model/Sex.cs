namespace Pms.Patients.Model;

public enum Sex
{
    Unknown,
    Female,
    Male,
    Other,
}
