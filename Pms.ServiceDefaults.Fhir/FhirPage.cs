using System.Globalization;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;

namespace Pms.ServiceDefaults.Fhir;

/// <summary>Which page of a search a client asked for: <c>_count</c> (1–100, 20 unless given) from <c>_offset</c> (0 unless given).</summary>
public sealed record FhirPage(int Count, int Offset)
{
    public const string CountParameter = "_count";
    public const string OffsetParameter = "_offset";
    public const int DefaultCount = 20;
    public const int MaxCount = 100;

    /// <summary>Far beyond any page a person reads, and far enough from int.MaxValue that the next page's offset cannot overflow.</summary>
    public const int MaxOffset = 1_000_000;

    /// <returns>
    /// The page of a search of <paramref name="type"/>, or why the request cannot be one: a parameter the type is not
    /// searched by here (refused rather than ignored, so a client never takes a wider answer for the one it asked).
    /// </returns>
    public static (FhirPage? Page, string? Error) ForSearch(IQueryCollection query, ResourceType type)
    {
        var supported = FhirCapabilities.Of(type).SearchParameters.Select(parameter => parameter.Name).Concat([CountParameter, OffsetParameter]);
        var unsupported = query.Keys.Except(supported, StringComparer.Ordinal).ToList();
        return unsupported.Count > 0
            ? (null, $"{string.Join(", ", unsupported)}: not a search parameter of {type} here; /fhir/metadata lists them.")
            : From(query);
    }

    /// <returns>The page, or why the parameters cannot be one.</returns>
    public static (FhirPage? Page, string? Error) From(IQueryCollection query)
    {
        var count = Number(query, CountParameter, DefaultCount);
        var offset = Number(query, OffsetParameter, 0);
        return (count, offset) switch
        {
            (null or < 1 or > MaxCount, _) => (null, $"{CountParameter} must be a whole number from 1 to {MaxCount}."),
            (_, null or < 0 or > MaxOffset) => (null, $"{OffsetParameter} must be a whole number from 0 to {MaxOffset}."),
            _ => (new FhirPage(count.Value, offset.Value), null),
        };
    }

    private static int? Number(IQueryCollection query, string name, int absent) =>
        !query.TryGetValue(name, out var values) ? absent
        : int.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : null;
}
