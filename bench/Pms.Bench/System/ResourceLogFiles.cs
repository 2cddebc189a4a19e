using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Pms.Bench.System;

/// <summary>
/// Writes every line each resource instance logs to <c>&lt;instance&gt;.log</c> in a directory, for reading after a run.
/// Each instance is watched on its own: the log of a resource with several replicas merges them without any mark of
/// which line came from which, and its merged watch does not end when asked to.
/// </summary>
public sealed partial class ResourceLogFiles : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _writers = [];

    public static ResourceLogFiles Start(DistributedApplication app, IEnumerable<string> instances, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new ResourceLogFiles();
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        foreach (var instance in instances)
        {
            files._writers.Add(Task.Run(() => files.WriteAsync(logs, instance, Path.Combine(directory, $"{instance}.log"))));
        }

        return files;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_writers);
        _stop.Dispose();
    }

    private async Task WriteAsync(ResourceLoggerService logs, string instance, string path)
    {
        await using var file = new StreamWriter(path, append: false);
        try
        {
            await foreach (var batch in logs.WatchAsync(instance).WithCancellation(_stop.Token))
            {
                foreach (var line in batch)
                {
                    await file.WriteLineAsync(AnsiEscape().Replace(line.Content, ""));
                }

                await file.FlushAsync();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    [GeneratedRegex(@"\x1B\[[0-9;]*m")]
    private static partial Regex AnsiEscape();
}
