namespace Pms.ServiceDefaults.Apis;

/// <summary>The fields of a request that are wrong and why; converts to any <see cref="Outcome{T}"/>.</summary>
public sealed record FieldErrors(IDictionary<string, string[]> Errors)
{
    public static FieldErrors Of(string field, string error) => new(new Dictionary<string, string[]> { [field] = [error] });
}
