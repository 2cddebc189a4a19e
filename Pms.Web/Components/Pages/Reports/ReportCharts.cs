using MudBlazor;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Pages.Reports;

/// <summary>The report rows reshaped for the reports page's charts.</summary>
public static class ReportCharts
{
    public static readonly string[] AgeBuckets = ["0–30 days", "31–60 days", "61–90 days", "Over 90 days"];

    /// <summary>Where patients register: <c>Desk</c> (a walk-in) or <c>Online</c> (signed up themselves).</summary>
    public static readonly string[] RegistrationSources = ["Desk", "Online"];

    /// <summary>One series per age bucket, one bar per party that owes (patients, then each insurer).</summary>
    public static List<ChartSeries<double>> Aging(IReadOnlyList<AgedReceivableRow> rows) =>
    [
        .. AgeBuckets.Select((bucket, index) => new ChartSeries<double>
        {
            Name = bucket,
            Data = rows.Select(row => (double)(index switch
            {
                0 => row.Days0To30,
                1 => row.Days31To60,
                2 => row.Days61To90,
                _ => row.Over90Days,
            })).ToArray(),
        }),
    ];

    public static string[] Parties(IReadOnlyList<AgedReceivableRow> rows) => [.. rows.Select(row => row.Name)];

    /// <summary>Each payer's denial rate of the claims settled, in percent.</summary>
    public static List<ChartSeries<double>> DenialRates(IReadOnlyList<ClaimOutcomeRow> rows) =>
        [new ChartSeries<double> { Name = "Denied (% of settled)", Data = rows.Select(row => (double)(row.DenialRatePercent ?? 0)).ToArray() }];

    /// <summary>What was billed to each payer over the period, bill types together; self-pay first.</summary>
    public static (string[] Labels, double[] Billed) BilledByPayer(IReadOnlyList<PayerRevenueRow> rows)
    {
        var payers = rows.GroupBy(row => row.PayerName).OrderBy(payer => payer.Key == "Self-pay" ? 0 : 1).ThenBy(payer => payer.Key, StringComparer.CurrentCulture).ToList();
        return ([.. payers.Select(payer => payer.Key)], [.. payers.Select(payer => (double)payer.Sum(row => row.Billed))]);
    }

    /// <summary>One series per source of registration, one point per day of the period; every fifth day is labelled.</summary>
    public static (List<ChartSeries<double>> Series, string[] Labels) Registrations(IReadOnlyList<RegistrationRow> rows, DateOnly from, DateOnly to)
    {
        var days = Enumerable.Range(0, Math.Max(0, to.DayNumber - from.DayNumber + 1)).Select(from.AddDays).ToList();
        var series = RegistrationSources.Select(source => new ChartSeries<double>
        {
            Name = source,
            Data = days.Select(day => (double)rows.Where(row => row.Date == day && row.Source == source).Sum(row => row.Registrations)).ToArray(),
        }).ToList();
        return (series, [.. days.Select((day, index) => index % 5 == 0 ? day.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")]);
    }

    public static List<ChartSeries<double>> NoShowRates(IReadOnlyList<DoctorAppointmentsRow> rows) =>
        [new ChartSeries<double> { Name = "No-shows (% of closed)", Data = rows.Select(row => (double)(row.NoShowRatePercent ?? 0)).ToArray() }];
}
