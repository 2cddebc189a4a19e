using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Pms.ServiceDefaults.Fhir;

/// <summary>Which page of a search a client asked for: <c>_count</c> (1–100, 20 unless given) from <c>_offset</c> (0 unless given).</summary>
public sealed record FhirPage(int Count, int Offset)
{
    public const string CountParameter = "_count";
    public const string OffsetParameter = "_offset";
    public const int DefaultCount = 20;
    public const int MaxCount = 100;

    /// <returns>The page, or why the parameters cannot be one.</returns>
    public static (FhirPage? Page, string? Error) From(IQueryCollection query)
    {
        var count = Number(query, CountParameter, DefaultCount);
        var offset = Number(query, OffsetParameter, 0);
        return (count, offset) switch
        {
            (null or < 1 or > MaxCount, _) => (null, $"{CountParameter} must be a whole number from 1 to {MaxCount}."),
            (_, null or < 0) => (null, $"{OffsetParameter} must be a whole number from 0."),
            _ => (new FhirPage(count.Value, offset.Value), null),
        };
    }

    private static int? Number(IQueryCollection query, string name, int absent) =>
        !query.TryGetValue(name, out var values) ? absent
        : int.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : null;
}
