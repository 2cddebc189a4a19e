namespace Pms.ServiceDefaults.Apis;

/// <summary>A request field that names a member of an enum: by name, in any case, never by number.</summary>
public static class EnumField
{
    /// <remarks>Enum parsing would also read a number or a comma-separated list of names (combined as flags); neither is a name.</remarks>
    public static bool TryParse<TEnum>(string? value, out TEnum parsed)
        where TEnum : struct, Enum =>
        Enum.TryParse(value?.Trim(), ignoreCase: true, out parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) && !value!.Contains(',', StringComparison.Ordinal);

    /// <summary>The validation message listing the names a field accepts.</summary>
    public static string OneOf<TEnum>(string field)
        where TEnum : struct, Enum => $"The {field} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.";
}
