namespace Pms.Billing.Services;

/// <summary>The codes and names administrators give catalog items and payers.</summary>
public static class Codes
{
    public const string Requirement = "A code of 1 to 32 letters, digits, dashes or underscores is required.";

    public static bool IsValid(string? code) =>
        code is { Length: > 0 and <= 32 } && code.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_');

    /// <summary>
    /// The trimmed code (upper case; null when the route names the entry, an update) and name of a new or changed entry,
    /// with an error in <paramref name="errors"/> for each that is wrong.
    /// </summary>
    public static (string? Code, string? Name) CodeAndName(string? code, string? name, bool requireCode, Dictionary<string, string[]> errors)
    {
        var trimmedCode = code?.Trim();
        if (requireCode && !IsValid(trimmedCode))
        {
            errors["code"] = [Requirement];
        }

        var trimmedName = name?.Trim();
        if (trimmedName is not { Length: > 0 and <= 200 })
        {
            errors["name"] = ["A name of 1 to 200 characters is required."];
        }

        return (requireCode ? trimmedCode?.ToUpperInvariant() : null, trimmedName);
    }
}
