using System.Globalization;

namespace Pms.Bench.Reporting;

/// <summary>Writes <c>&lt;date&gt;-&lt;profile&gt;.md</c> and <c>.json</c> into the results directory, and the Markdown again as <c>latest.md</c>.</summary>
public static class ReportFiles
{
    public static async Task<string> WriteAsync(BenchReport report, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{report.StartedAt:yyyy-MM-dd}-{report.Profile}");
        var markdown = MarkdownReport.Render(report);
        var markdownPath = Path.Combine(directory, $"{name}.md");
        await File.WriteAllTextAsync(markdownPath, markdown, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, $"{name}.json"), JsonReport.Render(report), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "latest.md"), markdown, cancellationToken);
        return markdownPath;
    }
}
