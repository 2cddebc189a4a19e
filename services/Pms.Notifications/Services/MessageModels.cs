using System.Globalization;
using Pms.Notifications.Model;

namespace Pms.Notifications.Services;

/// <summary>The values templates see: snake_case names, amounts formatted with two decimals.</summary>
public static class MessageModels
{
    public static Dictionary<string, object?> For(PatientContact contact, string hospital) => new()
    {
        ["hospital"] = hospital,
        ["patient"] = new Dictionary<string, object?>
        {
            ["first_name"] = contact.FirstName,
            ["last_name"] = contact.LastName,
        },
    };

    /// <summary>The doctor and the start time on the doctor's clock.</summary>
    public static Dictionary<string, object?> Appointment(string doctorName, string doctorTimeZone, DateTimeOffset startsAt) => new()
    {
        ["doctor"] = doctorName,
        ["starts_at"] = AppointmentTimes.Describe(startsAt, doctorTimeZone),
    };

    /// <summary>"Bank transfer", not the API's "BankTransfer".</summary>
    public static string PaymentMethod(string method) => method switch
    {
        "BankTransfer" => "bank transfer",
        "Online" => "online",
        _ => method.ToLowerInvariant(),
    };

    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
