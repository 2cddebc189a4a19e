namespace Pms.Billing.Services;

/// <summary>The codes administrators give catalog items and payers.</summary>
public static class Codes
{
    public const string Requirement = "A code of 1 to 32 letters, digits, dashes or underscores is required.";

    public static bool IsValid(string? code) =>
        code is { Length: > 0 and <= 32 } && code.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_');
}
