using System.Text.RegularExpressions;

namespace Pms.Web.Gateway.Models;

/// <summary>A kind of identifier this hospital records: its name on screen, its FHIR system, its format and a valid example.</summary>
public sealed record IdentifierType(string Type, string Label, string System, string Pattern, string Example)
{
    /// <summary>Whether the whole <paramref name="normalizedValue"/> is written as this kind is, as patient-service checks it.</summary>
    public bool Matches(string normalizedValue) =>
        Regex.IsMatch(normalizedValue, $"^(?:{Pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
