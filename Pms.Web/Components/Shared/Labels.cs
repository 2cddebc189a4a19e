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

    public static string Channel(string channel) => channel switch
    {
        "Sms" => "SMS",
        _ => channel,
    };
}
