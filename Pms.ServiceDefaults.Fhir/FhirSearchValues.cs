using System.Globalization;

namespace Pms.ServiceDefaults.Fhir;

/// <summary>Reads the values of FHIR search parameters PMS supports; null means the value is not one of them.</summary>
public static class FhirSearchValues
{
    /// <summary>A reference to a resource of <paramref name="type"/>: <c>{id}</c>, <c>{type}/{id}</c> or a URL ending so.</summary>
    public static Guid? Reference(string value, string type)
    {
        var parts = value.Split('/');
        return parts.Length switch
        {
            1 => Id(parts[0]),
            _ when parts[^2] == type => Id(parts[^1]),
            _ => null,
        };
    }

    /// <summary>A day, <c>yyyy-MM-dd</c>, optionally with the prefix <c>eq</c> (the only comparison supported).</summary>
    public static DateOnly? Day(string value) =>
        DateOnly.TryParseExact(value.StartsWith("eq", StringComparison.Ordinal) ? value[2..] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    /// <summary>PMS's resource ids are GUIDs; any other id names nothing.</summary>
    public static Guid? Id(string value) => Guid.TryParse(value, out var id) ? id : null;

    /// <summary>The values of a parameter given as a comma-separated list (FHIR's "or").</summary>
    public static IReadOnlyList<string> AnyOf(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
