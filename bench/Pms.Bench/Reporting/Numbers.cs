using System.Globalization;

namespace Pms.Bench.Reporting;

/// <summary>Figures as the report prints them: three significant digits are all a benchmark can claim.</summary>
public static class Numbers
{
    public static string Milliseconds(double value) => double.IsNaN(value) ? "–" : value switch
    {
        < 10 => value.ToString("0.00", CultureInfo.InvariantCulture),
        < 100 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0", CultureInfo.InvariantCulture),
    };

    public static string Rate(double value) => value < 10
        ? value.ToString("0.#", CultureInfo.InvariantCulture)
        : value.ToString("0", CultureInfo.InvariantCulture);

    public static string Value(double value) => double.IsNaN(value) ? "–" : Math.Abs(value) switch
    {
        < 1 => value.ToString("0.###", CultureInfo.InvariantCulture),
        < 100 => value.ToString("0.#", CultureInfo.InvariantCulture),
        _ => value.ToString("0", CultureInfo.InvariantCulture),
    };

    public static string Ratio(double value) => double.IsNaN(value) || double.IsInfinity(value)
        ? "–"
        : value.ToString("0.00", CultureInfo.InvariantCulture) + "×";
}
