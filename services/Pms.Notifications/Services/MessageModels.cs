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

    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
