namespace Pms.Web.Gateway.Models;

public static class AppointmentStatuses
{
    public const string Booked = "Booked";
    public const string Cancelled = "Cancelled";
    public const string Completed = "Completed";
    public const string NoShow = "NoShow";
}
