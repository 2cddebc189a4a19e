using Pms.Bench.Load;

namespace Pms.Bench;

/// <summary>
/// How long and how hard each scenario runs. <c>short</c> (the default, under ten minutes) gives
/// indicative figures; each climb offers up to twice the rate PMS aims to hold and stops at the first step that
/// does not hold. <c>long</c> runs every step for half a minute.
/// </summary>
public sealed record BenchProfile(
    string Name,
    TimeSpan WarmUp,
    TimeSpan StepDuration,
    TimeSpan Timeout,
    int SeededPatients,
    double[] KestrelRates,
    double[] InsertRates,
    double[] GatewayRates,
    double[] ReadRates,
    double SearchRate,
    double[] SearchMixRates,
    double[] BillingRates,
    double EventRate,
    TimeSpan EventDuration,
    double[] RegistrationRates,
    double[] LoginRates,
    double FloodReadRate,
    double[] BookingRates,
    double SlotRate,
    int DocumentTransfers,
    int LargestDocumentTransfers)
{
    public static BenchProfile Brief { get; } = new(
        "short", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5), 100_000,
        KestrelRates: [500, 1000, 2000],
        InsertRates: [100, 300, 1000],
        GatewayRates: [100, 300],
        ReadRates: [200, 400, 800],
        SearchRate: 20,
        SearchMixRates: [50, 100, 200, 400],
        BillingRates: [10, 20, 40, 80, 150, 300],
        EventRate: 5,
        EventDuration: TimeSpan.FromSeconds(20),
        RegistrationRates: [5, 10, 20, 40, 80, 150, 200, 300, 400],
        LoginRates: [4, 8, 16, 32],
        FloodReadRate: 100,
        BookingRates: [5, 10, 20, 40, 80, 150, 300],
        SlotRate: 10,
        DocumentTransfers: 10,
        LargestDocumentTransfers: 5);

    public static BenchProfile Thorough { get; } = new(
        "long", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), 100_000,
        KestrelRates: [500, 1000, 2000, 4000, 8000],
        InsertRates: [100, 300, 1000, 2000],
        GatewayRates: [50, 100, 200, 400, 800],
        ReadRates: [200, 400, 800, 1600],
        SearchRate: 20,
        SearchMixRates: [25, 50, 100, 200, 400],
        BillingRates: [10, 20, 40, 80, 150, 300],
        EventRate: 2,
        EventDuration: TimeSpan.FromSeconds(60),
        RegistrationRates: [5, 10, 20, 30, 40, 60, 80, 120, 200, 300, 400],
        LoginRates: [2, 4, 8, 16, 24, 32],
        FloodReadRate: 100,
        BookingRates: [5, 10, 20, 30, 40, 60, 80, 150, 300],
        SlotRate: 10,
        DocumentTransfers: 30,
        LargestDocumentTransfers: 10);

    /// <summary>Checks in about two minutes that every scenario runs; its figures mean nothing.</summary>
    public static BenchProfile Smoke { get; } = new(
        "smoke", TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(5), 10_000,
        KestrelRates: [500],
        InsertRates: [100],
        GatewayRates: [100],
        ReadRates: [200],
        SearchRate: 20,
        SearchMixRates: [50],
        BillingRates: [10],
        EventRate: 4,
        EventDuration: TimeSpan.FromSeconds(3),
        RegistrationRates: [10, 20],
        LoginRates: [4, 8],
        FloodReadRate: 100,
        BookingRates: [5, 10],
        SlotRate: 10,
        DocumentTransfers: 2,
        LargestDocumentTransfers: 1);

    public static BenchProfile Named(string name) => name.ToLowerInvariant() switch
    {
        "smoke" => Smoke,
        "short" => Brief,
        "long" => Thorough,
        _ => throw new ArgumentException($"Unknown profile '{name}': use short, long or smoke.", nameof(name)),
    };

    public LoadStep Step(string label, double rate) => new(label, rate, WarmUp, StepDuration, Timeout);
}
