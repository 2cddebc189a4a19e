using System.Net;

namespace Pms.Bench.Load;

/// <summary>What one operation came to: success, or the kind of failure it is counted under.</summary>
public readonly record struct Outcome(string? Failure)
{
    public static Outcome Success { get; } = new(null);

    public bool Succeeded => Failure is null;

    public static Outcome Failed(string kind) => new(kind);

    public static Outcome Expect(HttpResponseMessage response, HttpStatusCode expected) =>
        response.StatusCode == expected ? Success : Failed($"HTTP {(int)response.StatusCode}");
}
