using System.Globalization;

namespace Pms.Bench.Load;

/// <summary>Reads a service's own timings from an answer's <c>Server-Timing</c> header.</summary>
public static class ServerTiming
{
    /// <summary>How long, in milliseconds, the service took to store the answer's audit records; null when it did not say.</summary>
    public static double? Audit(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Server-Timing", out var values))
        {
            return null;
        }

        foreach (var metric in values.SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries)))
        {
            var parts = metric.Split(';', StringSplitOptions.TrimEntries);
            var duration = parts.FirstOrDefault(part => part.StartsWith("dur=", StringComparison.Ordinal));
            if (parts[0] == "audit" && duration is not null
                && double.TryParse(duration["dur=".Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds))
            {
                return milliseconds;
            }
        }

        return null;
    }
}
