using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Pms.EndToEnd.Tests.SuiteHealth;

/// <summary>
/// Reads the console log of every PMS process for the whole run and keeps its error and critical
/// entries. The services write .NET's simple console format: a line <c>fail: Category[id]</c> (coloured)
/// followed by indented lines with the message.
/// </summary>
public sealed partial class ServiceLogWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ServiceLogEntry> _entries = new();
    private readonly List<Task> _readers = [];

    public IReadOnlyCollection<ServiceLogEntry> Entries => _entries;

    public static ServiceLogWatch Start(DistributedApplication app, IEnumerable<string> resourceNames)
    {
        var watch = new ServiceLogWatch();
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        foreach (var name in resourceNames)
        {
            var resource = model.Resources.Single(resource => resource.Name == name);
            watch._readers.Add(Task.Run(() => watch.ReadAsync(logs, resource)));
        }

        return watch;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_readers);
        _stop.Dispose();
    }

    private async Task ReadAsync(ResourceLoggerService logs, IResource resource)
    {
        string? level = null;
        var text = new StringBuilder();
        try
        {
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(_stop.Token))
            {
                foreach (var line in batch)
                {
                    var content = AnsiEscape().Replace(line.Content, "");
                    var message = TimestampPrefix().Replace(content, "");
                    if (LevelLine().Match(message) is { Success: true } start)
                    {
                        Flush(resource.Name, level, text);
                        level = start.Groups["level"].Value is "fail" or "crit" ? start.Groups["level"].Value : null;
                        text.Clear().Append(start.Groups["category"].Value);
                    }
                    else if (level is not null && message.StartsWith(' '))
                    {
                        text.Append(' ').Append(message.Trim());
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            Flush(resource.Name, level, text);
        }
    }

    private void Flush(string resource, string? level, StringBuilder text)
    {
        if (level is not null)
        {
            _entries.Enqueue(new ServiceLogEntry(resource, level, text.ToString()));
        }
    }

    [GeneratedRegex(@"\x1B\[[0-9;]*m")]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T[0-9:.]+Z ")]
    private static partial Regex TimestampPrefix();

    [GeneratedRegex(@"^(?<level>trce|dbug|info|warn|fail|crit): (?<category>.*)$")]
    private static partial Regex LevelLine();
}
