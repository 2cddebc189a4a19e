using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Audit;

namespace Pms.ServiceDefaults.Apis;

/// <summary>
/// Report rows as a CSV download, streamed as they are read so an export of any size holds one row in memory: a header
/// from the row's properties, RFC 4180 quoting, invariant numbers and dates, and cells a spreadsheet would run as a
/// formula escaped.
/// </summary>
public static class CsvDownload
{
    public const string Format = "csv";

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    /// <summary>
    /// Streams <paramref name="rows"/> as <paramref name="fileName"/>. What <paramref name="audit"/> holds (the caller records the
    /// export) is stored before the first byte leaves, so a download cut off halfway is on record too.
    /// </summary>
    public static async Task WriteAsync<T>(HttpContext context, AuditTrail audit, string fileName, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        await context.RequestServices.GetRequiredService<IAuditStore>().StoreAsync(audit.Take(StatusCodes.Status200OK), cancellationToken);

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false), bufferSize: 64 * 1024);
        await WriteRowsAsync(writer, rows, cancellationToken);
    }

    /// <summary>The header and <paramref name="rows"/>, one line each; a property's CsvHelper <c>Name</c> attribute names its column.</summary>
    public static async Task WriteRowsAsync<T>(TextWriter writer, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        await using var csv = new CsvWriter(writer, Configuration, leaveOpen: true);
        await csv.WriteRecordsAsync(rows, cancellationToken);
    }

    /// <summary>
    /// A report's rows as JSON, or, when <paramref name="format"/> is <c>csv</c>, as a CSV download audited as an export of
    /// <see cref="AuditResources.Report"/>; any other format is refused under <c>format</c>.
    /// </summary>
    public static async Task<IResult> AnswerAsync<T>(
        HttpContext context, AuditTrail audit, string? format, string fileName, List<T> rows, CancellationToken cancellationToken)
    {
        if (!string.Equals(format, Format, StringComparison.OrdinalIgnoreCase))
        {
            return format is null ? TypedResults.Ok(rows) : FieldErrors.Of("format", "Leave format out for JSON, or ask for csv.").ToProblem();
        }

        audit.Record(AuditActions.Export, AuditResources.Report, fileName, []);
        await WriteAsync(context, audit, fileName, rows.ToAsyncEnumerable(), cancellationToken);
        return TypedResults.Empty;
    }

    /// <summary>A report over a period (<see cref="ReportPeriod"/>, refused under <c>from</c> when it does not do), as <see cref="AnswerAsync{T}"/> answers it.</summary>
    public static async Task<IResult> ForPeriodAsync<T>(
        DateOnly? from, DateOnly? to, string? format, string name, Func<ReportPeriod, CancellationToken, Task<List<T>>> rows, HttpContext context,
        AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (period, errors) = ReportPeriod.Of(from, to, clock);
        return period is null
            ? errors!.ToProblem()
            : await AnswerAsync(context, audit, format, $"{name}-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.csv", await rows(period, cancellationToken), cancellationToken);
    }
}
