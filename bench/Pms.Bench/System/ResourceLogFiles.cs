using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Pms.Bench.System;

/// <summary>Writes every line each resource logs to <c>&lt;resource&gt;.log</c> in a directory, for reading after a run.</summary>
public sealed partial class ResourceLogFiles : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _writers = [];

    public static ResourceLogFiles Start(DistributedApplication app, IEnumerable<string> resourceNames, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new ResourceLogFiles();
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        foreach (var name in resourceNames)
        {
            var resource = model.Resources.Single(resource => resource.Name == name);
            files._writers.Add(Task.Run(() => files.WriteAsync(logs, resource, Path.Combine(directory, $"{name}.log"))));
        }

        return files;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_writers);
        _stop.Dispose();
    }

    private async Task WriteAsync(ResourceLoggerService logs, IResource resource, string path)
    {
        await using var file = new StreamWriter(path, append: false);
        try
        {
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(_stop.Token))
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
