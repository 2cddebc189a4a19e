namespace Pms.Contracts;

/// <summary>The sexes a patient record knows, as the API writes them; registration may leave it Unknown.</summary>
public static class PatientSexes
{
    public const string Unknown = "Unknown";

    public static IReadOnlyList<string> All { get; } = ["Female", "Male", "Other", Unknown];

    /// <summary>The API's spelling of <paramref name="value"/>, whatever its case; null when it is none of <see cref="All"/>.</summary>
    public static string? Parse(string? value) => All.FirstOrDefault(sex => string.Equals(sex, value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
