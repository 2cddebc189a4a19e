using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pms.ServiceDefaults.Hosting;

namespace Pms.ServiceDefaults.Messaging.DeadLetters;

/// <summary>
/// Dead letters are never silent: counts them every <see cref="MessagingOptions.DeadLetterCheckInterval"/>, publishes the count
/// as the gauge <c>pms.messaging.dead_letters</c>, logs each new one with its message type and exception, and reports the
/// service Degraded while any is held.
/// </summary>
public sealed partial class DeadLetterMonitor : PeriodicJob, IHealthCheck
{
    public const string MeterName = "Pms.Messaging";

    private readonly DeadLetterStore _store;
    private readonly IOptions<MessagingOptions> _options;
    private readonly HashSet<Guid> _reported = [];
    private long _count;

    public DeadLetterMonitor(DeadLetterStore store, IOptions<MessagingOptions> options, TimeProvider clock, IMeterFactory meters, ILogger<DeadLetterMonitor> logger)
        : base(clock, logger)
    {
        _store = store;
        _options = options;
        meters.Create(MeterName).CreateObservableGauge("pms.messaging.dead_letters", () => Interlocked.Read(ref _count), "{message}",
            "Messages this service gave up on and holds as dead letters, until they are replayed or discarded.");
    }

    public long Count => Interlocked.Read(ref _count);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"{Count} dead letter(s): replay or discard them (GET .../dead-letters)."));

    protected override TimeSpan Interval => _options.Value.DeadLetterCheckInterval;

    protected override string Work => "counting dead letters";

    protected override bool FirstRoundAtStart => true;

    /// <summary>The dead letters themselves stay where they are, counted again at the next check.</summary>
    protected override LogLevel FailureLevel => LogLevel.Warning;

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _count, await _store.CountAsync(cancellationToken));
        foreach (var letter in (await _store.ListAsync(cancellationToken)).Where(letter => _reported.Add(letter.Id)))
        {
            LogDeadLetter(Logger, letter.Id, letter.MessageType, letter.Source, letter.ExceptionType, letter.ExceptionMessage);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead letter {Id}: a {MessageType} from {Source} was given up on after {ExceptionType}: {ExceptionMessage}")]
    private static partial void LogDeadLetter(ILogger logger, Guid id, string? messageType, string? source, string? exceptionType, string? exceptionMessage);
}
