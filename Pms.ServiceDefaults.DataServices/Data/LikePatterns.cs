namespace Pms.ServiceDefaults.Data;

/// <summary>Text a person typed, made safe inside a SQL LIKE pattern whose escape character is a backslash.</summary>
public static class LikePatterns
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
