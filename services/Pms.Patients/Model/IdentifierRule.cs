using System.Text.RegularExpressions;

namespace Pms.Patients.Model;

/// <summary>How one kind of identifier is written in this hospital: its FHIR system, its format and its name on screen.</summary>
public sealed class IdentifierRule
{
    public string System { get; set; } = "";

    /// <summary>A regular expression the whole stored value (spaces removed, upper case) must match.</summary>
    public string Pattern { get; set; } = ".+";

    public string Label { get; set; } = "";

    /// <summary>A valid value, shown when one is not.</summary>
    public string Example { get; set; } = "";

    public bool Matches(string value) => Regex.IsMatch(value, $"^(?:{Pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
