namespace Pms.EndToEnd.Tests;

/// <summary>Phone numbers that no other patient of the run has: duplicate detection matches on them.</summary>
public static class Phones
{
    private static long _last = Random.Shared.Next(0, 5_000_000);

    public static string Unique()
    {
        var number = Interlocked.Increment(ref _last);
        return $"+1555{number / 10_000 % 1_000:D3}{number % 10_000:D4}";
    }
}
