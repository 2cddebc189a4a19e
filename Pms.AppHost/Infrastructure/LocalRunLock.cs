using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pms.AppHost.Infrastructure;

/// <summary>
/// The services listen on fixed ports (4001-4005, 4200), so two runs of PMS on one machine cannot overlap: a run
/// waits for the one before it (the end-to-end tests, the fault suite and the benchmark included) instead of
/// failing on a taken port. The lock is a file lock the operating system releases when its holder ends.
/// </summary>
public sealed partial class LocalRunLock(ILogger<LocalRunLock> logger) : IDisposable
{
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "pms-local-run.lock");
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private FileStream? _held;

    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        var announced = false;
        while (true)
        {
            try
            {
                _held = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return;
            }
            catch (IOException)
            {
                if (!announced)
                {
                    LogWaiting(logger, LockPath);
                    announced = true;
                }

                await Task.Delay(PollInterval, cancellationToken);
            }
        }
    }

    public void Dispose() => _held?.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another run of PMS on this machine holds its ports ({LockPath}); waiting for it to end.")]
    private static partial void LogWaiting(ILogger logger, string lockPath);
}

public static class LocalRunLockExtensions
{
    /// <summary>In a run (not when publishing), waits for any other run of PMS on this machine before starting resources.</summary>
    public static IDistributedApplicationBuilder WithLocalRunLock(this IDistributedApplicationBuilder builder)
    {
        if (builder.ExecutionContext.IsRunMode)
        {
            builder.Services.AddSingleton<LocalRunLock>();
            builder.Eventing.Subscribe<BeforeStartEvent>((started, cancellationToken) =>
                started.Services.GetRequiredService<LocalRunLock>().AcquireAsync(cancellationToken));
        }

        return builder;
    }
}
