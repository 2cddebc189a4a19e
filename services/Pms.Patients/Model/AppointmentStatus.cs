namespace Pms.Patients.Model;

public enum AppointmentStatus
{
    Booked,
    Cancelled,
    Completed,
    NoShow,
}
