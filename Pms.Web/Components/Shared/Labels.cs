using System.Globalization;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Shared;

/// <summary>The words people read for the API's code names: "Partially paid", not "PartiallyPaid".</summary>
public static class Labels
{
    /// <summary>An unpaid bill is "Due" to its patient; staff keep billing's own word, "Issued".</summary>
    public static string BillStatus(string status, bool forPatient) => status switch
    {
        "Issued" => forPatient ? "Due" : "Issued",
        "PartiallyPaid" => forPatient ? "Partly paid" : "Partially paid",
        _ => status,
    };

    public static string PaymentMethod(string method) => method switch
    {
        "BankTransfer" => "Bank transfer",
        "Online" => "Online (card)",
        _ => method,
    };

    /// <summary>Who holds an insurance policy, from the patient's side: "The patient", "A spouse", ...</summary>
    public static string PolicyHolder(string relationship) => relationship switch
    {
        "Self" => "The patient",
        "Spouse" => "A spouse",
        "Child" => "A parent (the patient is their child)",
        _ => "Someone else",
    };

    /// <summary>"2027-01-01 to 2027-12-31", or "from 2027-01-01" for cover without an end date.</summary>
    public static string CoverPeriod(DateOnly from, DateOnly? to) =>
        to is { } end
            ? $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : $"from {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The hospital's name for a kind of identifier, or a readable form of the API's when its kinds are not at hand.</summary>
    public static string IdentifierKind(string type, IReadOnlyList<IdentifierType> kinds) =>
        kinds.FirstOrDefault(kind => kind.Type == type)?.Label ?? type switch
        {
            "NationalId" => "National ID",
            "InsuranceMemberId" => "Insurance member ID",
            _ => type,
        };

    /// <summary>"Portuguese (Brazil), pt-BR" for a language .NET knows, else the tag as recorded.</summary>
    public static string Language(string tag)
    {
        try
        {
            return $"{CultureInfo.GetCultureInfo(tag, predefinedOnly: true).EnglishName}, {tag}";
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }

    public static string Channel(string channel) => channel switch
    {
        "Sms" => "SMS",
        _ => channel,
    };

    /// <summary>What an audited access did, as a patient reads it in their record's history.</summary>
    public static string AuditAction(string action) => action switch
    {
        "Read" => "Viewed",
        "Search" => "Found in a search",
        "Create" => "Created",
        "Update" => "Changed",
        "Delete" => "Deleted",
        "Download" => "Downloaded",
        "Export" => "Exported",
        _ => action,
    };

    public static string AuditResource(string resourceType) => resourceType switch
    {
        "Patient" => "record",
        "Document" => "report",
        "DocumentAccess" => "report's access list",
        "Appointment" => "appointment",
        "Bill" => "bill",
        "Invoice" => "invoice",
        "Notification" => "message",
        "NotificationPreferences" => "message preferences",
        "AuditLog" => "access history",
        _ => resourceType,
    };
}
