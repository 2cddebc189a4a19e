namespace Pms.Web.Gateway.Models;

/// <summary>The kinds of bill billing-service knows, in the order the pages list them.</summary>
public static class BillTypes
{
    public const string Registration = "Registration";

    public static IReadOnlyList<string> All { get; } =
        [Registration, "Consultation", "Laboratory", "Radiology", "Pharmacy", "Procedure", "Admission", "Other"];
}
