using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JasperFx.CodeGeneration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Pms.Contracts;
using Pms.Notifications.Tests.Infrastructure;
using Pms.ServiceDefaults.Messaging.DeadLetters;
using Wolverine;

namespace Pms.Notifications.Tests;

/// <summary>
/// A handler that fails until it is repaired, added to notification-service for this test only: the message it gives up
/// on must show as a dead letter in the health check, the gauge, the log and the admin API, and a replay after the repair
/// must handle it.
/// </summary>
public sealed class DeadLetterTests : IAsyncLifetime
{
    private readonly NotificationsApp _app = new(new Dictionary<string, string>
    {
        ["Messaging:DeadLetterCheckInterval"] = "00:00:00.2",
        ["Messaging:DatabaseUnavailableRetryDelays:0"] = "00:00:00.05",
        ["Messaging:DatabaseUnavailableRetryDelays:1"] = "00:00:00.05",
        ["Messaging:DatabaseUnavailableRetryDelays:2"] = "00:00:00.05",
        ["Messaging:DatabaseUnavailableRetryDelays:3"] = "00:00:00.05",
        ["Messaging:DatabaseUnavailableRetryDelays:4"] = "00:00:00.05",
        ["Messaging:DatabaseUnavailableRetryDelays:5"] = "00:00:00.05",
    }, services =>
        services.AddSingleton<IWolverineExtension, RepairableHandlerExtension>().AddWolverineRuntimeCompilation());

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AMessageAHandlerGaveUpOnIsSeenEverywhereAndAReplayHandlesItOnceTheHandlerIsRepaired()
    {
        using var admin = _app.ClientFor(Guid.NewGuid(), PmsRoles.Admin);
        using var gauge = new MetricCollector<long>(_app.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            DeadLetterMonitor.MeterName, "pms.messaging.dead_letters");
        var message = new RepairableWork(Guid.NewGuid());

        await _app.Services.GetRequiredService<IMessageBus>().PublishAsync(message);
        var deadLetter = JsonDocument.Parse(await WaitForAsync(
            async () => (await DeadLettersAsync(admin)).Select(letter => letter.GetRawText()).SingleOrDefault(), TimeSpan.FromSeconds(30))).RootElement;
        var degraded = await WaitForAsync(async () => await HealthAsync() is { Status: HealthStatus.Degraded } report ? report : null, TimeSpan.FromSeconds(10));
        gauge.RecordObservableInstruments();
        var logged = _app.Logs.GetSnapshot().Where(record => record.Category == typeof(DeadLetterMonitor).FullName).Select(record => record.Message).ToList();

        RepairableHandler.Repaired = true;
        using var replay = await admin.PostAsync(new Uri($"/api/notifications/dead-letters/{deadLetter.GetProperty("id").GetGuid()}/replay", UriKind.Relative), null, Cancellation);
        await WaitForAsync(() => Task.FromResult(RepairableHandler.Handled.Contains(message.Id) ? "handled" : null), TimeSpan.FromSeconds(30));
        var healthy = await WaitForAsync(async () => await HealthAsync() is { Status: HealthStatus.Healthy } report ? report : null, TimeSpan.FromSeconds(10));

        Assert.Contains(nameof(RepairableWork), deadLetter.GetProperty("messageType").GetString(), StringComparison.Ordinal);
        Assert.Equal(typeof(InvalidOperationException).FullName, deadLetter.GetProperty("exceptionType").GetString());
        Assert.Contains("1 dead letter", degraded.Entries["dead-letters"].Description, StringComparison.Ordinal);
        Assert.Equal(1, gauge.LastMeasurement?.Value);
        Assert.Contains(logged, line => line.Contains(nameof(RepairableWork), StringComparison.Ordinal) && line.Contains(RepairableHandler.Failure, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Empty(await DeadLettersAsync(admin));
        Assert.Equal(HealthStatus.Healthy, healthy.Status);
    }

    [Fact]
    public async Task AMessageWhoseDatabaseIsStillRecoveringIsRetriedBeyondTheGeneralBudgetAndHandledWhenItIsBack()
    {
        using var admin = _app.ClientFor(Guid.NewGuid(), PmsRoles.Admin);
        var message = new WorkDuringDatabaseRecovery(Guid.NewGuid(), FailedAttempts: 5);

        await _app.Services.GetRequiredService<IMessageBus>().PublishAsync(message);
        await WaitForAsync(() => Task.FromResult(DatabaseRecoveryHandler.Handled.Contains(message.Id) ? "handled" : null), TimeSpan.FromSeconds(30));

        Assert.Equal(message.FailedAttempts + 1, DatabaseRecoveryHandler.Attempts[message.Id]);
        Assert.Empty(await DeadLettersAsync(admin));
    }

    [Fact]
    public async Task AMessageWhoseDatabaseNeverComesBackBecomesADeadLetterAfterTheLongerBudget()
    {
        using var admin = _app.ClientFor(Guid.NewGuid(), PmsRoles.Admin);
        var message = new WorkDuringDatabaseRecovery(Guid.NewGuid(), FailedAttempts: int.MaxValue);

        await _app.Services.GetRequiredService<IMessageBus>().PublishAsync(message);
        var deadLetter = JsonDocument.Parse(await WaitForAsync(
            async () => (await DeadLettersAsync(admin)).Select(letter => letter.GetRawText()).SingleOrDefault(), TimeSpan.FromSeconds(30))).RootElement;

        Assert.Equal(typeof(DbUpdateException).FullName, deadLetter.GetProperty("exceptionType").GetString());
        Assert.Equal(7, DatabaseRecoveryHandler.Attempts[message.Id]);
    }

    [Fact]
    public async Task OnlyAnAdministratorSeesOrTouchesDeadLetters()
    {
        using var staff = _app.ClientFor(Guid.NewGuid(), PmsRoles.Staff);
        using var admin = _app.ClientFor(Guid.NewGuid(), PmsRoles.Admin);

        using var list = await staff.GetAsync(new Uri("/api/notifications/dead-letters", UriKind.Relative), Cancellation);
        using var replay = await staff.PostAsync(new Uri($"/api/notifications/dead-letters/{Guid.NewGuid()}/replay", UriKind.Relative), null, Cancellation);
        using var unknown = await admin.PostAsync(new Uri($"/api/notifications/dead-letters/{Guid.NewGuid()}/replay", UriKind.Relative), null, Cancellation);
        using var discardUnknown = await admin.DeleteAsync(new Uri($"/api/notifications/dead-letters/{Guid.NewGuid()}", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, replay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, discardUnknown.StatusCode);
    }

    private static async Task<List<JsonElement>> DeadLettersAsync(HttpClient admin) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>("/api/notifications/dead-letters", Cancellation)).EnumerateArray()];

    private Task<HealthReport> HealthAsync() =>
        _app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == "dead-letters", Cancellation);

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Nothing came within {timeout}.");
            await Task.Delay(100, Cancellation);
        }
    }
}

public sealed record RepairableWork(Guid Id);

/// <summary>Fails every attempt until a test repairs it.</summary>
public static class RepairableHandler
{
    public const string Failure = "This handler is broken until the test repairs it.";

    private static volatile bool _repaired;

    public static bool Repaired
    {
        get => _repaired;
        set => _repaired = value;
    }

    public static ConcurrentBag<Guid> Handled { get; } = [];

    public static void Handle(RepairableWork work)
    {
        if (!_repaired)
        {
            throw new InvalidOperationException(Failure);
        }

        Handled.Add(work.Id);
    }
}

/// <summary>
/// Adds the test's own handlers, for which no code was generated ahead of time: this host compiles its handlers' code at
/// start-up instead of loading the service's.
/// </summary>
public sealed class RepairableHandlerExtension : IWolverineExtension
{
    public void Configure(WolverineOptions options)
    {
        options.Discovery.IncludeType(typeof(RepairableHandler));
        options.Discovery.IncludeType(typeof(DatabaseRecoveryHandler));
        options.CodeGeneration.TypeLoadMode = TypeLoadMode.Dynamic;
    }
}
