using MudBlazor;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Pages.Admin;

/// <summary>The revenue report reshaped for the dashboard's charts: one label per day of the period.</summary>
public sealed class RevenueFigures
{
    private RevenueFigures(RevenueReport report)
    {
        var days = Enumerable.Range(0, report.To.DayNumber - report.From.DayNumber + 1).Select(report.From.AddDays).ToList();
        // Every fifth day is labelled; thirty labels side by side cannot be read.
        DayLabels = [.. days.Select((day, index) => index % 5 == 0 ? day.ToString("MM-dd") : "")];
        Registrations =
        [
            new ChartSeries<double>
            {
                Name = "Registrations",
                Data = days.Select(day => (double)report.Days.Where(row => row.Date == day && row.BillType == BillTypes.Registration).Sum(row => row.Bills)).ToArray(),
            },
        ];
        BilledByType = [.. report.Days.Select(row => row.BillType).Distinct().Order().Select(type => new ChartSeries<double>
        {
            Name = type,
            Data = days.Select(day => (double)report.Days.Where(row => row.Date == day && row.BillType == type).Sum(row => row.Billed)).ToArray(),
        })];
        Outstanding = [.. report.OutstandingByBillType.Where(row => row.Outstanding > 0).OrderBy(row => row.BillType)];
        OutstandingChart =
        [
            new ChartSeries<double> { Name = "Outstanding", Data = Outstanding.Select(row => (double)row.Outstanding).ToArray() },
        ];
        TotalBilled = report.Days.Sum(row => row.Billed);
        TotalCollected = report.Days.Sum(row => row.Collected);
        TotalRegistrations = report.Days.Where(row => row.BillType == BillTypes.Registration).Sum(row => row.Bills);
        TotalOutstanding = report.TotalOutstanding;
        Currency = report.Days.Count > 0 ? report.Days[0].Currency : report.OutstandingByBillType.Count > 0 ? report.OutstandingByBillType[0].Currency : "USD";
    }

    public string[] DayLabels { get; }

    public List<ChartSeries<double>> Registrations { get; }

    public List<ChartSeries<double>> BilledByType { get; }

    public IReadOnlyList<OutstandingRow> Outstanding { get; }

    public List<ChartSeries<double>> OutstandingChart { get; }

    public decimal TotalBilled { get; }

    public decimal TotalCollected { get; }

    public int TotalRegistrations { get; }

    public decimal TotalOutstanding { get; }

    public string Currency { get; }

    public static RevenueFigures From(RevenueReport report) => new(report);
}
