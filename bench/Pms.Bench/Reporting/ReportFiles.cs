using System.Globalization;

namespace Pms.Bench.Reporting;

/// <summary>
/// Writes <c>&lt;date&gt;-&lt;profile&gt;.md</c> and <c>.json</c> into the results directory (with the
/// scenarios after the profile when only some ran), and the Markdown again as <c>latest.md</c>. A
/// report never replaces another: a second run of the same day and profile is <c>-2</c>, and so on.
/// </summary>
public static class ReportFiles
{
    public static async Task<string> WriteAsync(BenchReport report, string? selection, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{report.StartedAt:yyyy-MM-dd}-{report.Profile}") + (selection is null ? "" : $"-{selection}");
        var unique = name;
        for (var run = 2; File.Exists(Path.Combine(directory, $"{unique}.md")) || File.Exists(Path.Combine(directory, $"{unique}.json")); run++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{name}-{run}");
        }

        var markdown = MarkdownReport.Render(report);
        var markdownPath = Path.Combine(directory, $"{unique}.md");
        await File.WriteAllTextAsync(markdownPath, markdown, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, $"{unique}.json"), JsonReport.Render(report), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "latest.md"), markdown, cancellationToken);
        return markdownPath;
    }
}
