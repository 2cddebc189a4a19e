namespace Pms.Web.Gateway.Models;

/// <summary>The kinds of document patient-service keeps, with the names the pages show.</summary>
public static class DocumentKinds
{
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["LabResult"] = "Lab result",
        ["Imaging"] = "Imaging",
        ["Prescription"] = "Prescription",
        ["Other"] = "Other",
    };

    public static string NameOf(string kind) => Names.GetValueOrDefault(kind, kind);
}
