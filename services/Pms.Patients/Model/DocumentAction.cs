namespace Pms.Patients.Model;

public enum DocumentAction
{
    Downloaded,
    Deleted,
}
