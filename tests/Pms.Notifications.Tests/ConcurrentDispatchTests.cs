using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pms.Notifications.Model;
using Pms.Notifications.Sending;
using Pms.Notifications.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Notifications.Tests;

/// <summary>
/// The messages of a batch go out side by side: a provider that answers slowly holds up one lane, not the whole batch,
/// and every outcome is still recorded once.
/// </summary>
public sealed class ConcurrentDispatchTests : IAsyncLifetime
{
    private const int Messages = 6;

    private readonly SlowSmsProvider _provider = new(inFlightToAnswer: 3);
    private readonly NotificationsApp _app;

    public ConcurrentDispatchTests() =>
        _app = new NotificationsApp(
            new Dictionary<string, string> { ["Notifications:DispatchInterval"] = "00:10:00" },
            services => services.AddSingleton<ISmsSender>(_provider));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [TimedFact]
    public async Task MessagesOfABatchAreSentSideBySideAndEachOutcomeIsRecordedOnce()
    {
        var sourceId = Guid.CreateVersion7();
        await using (var db = _app.Db())
        {
            var now = DateTimeOffset.UtcNow;
            db.Deliveries.AddRange(Enumerable.Range(0, Messages).Select(index => new Delivery
            {
                Id = Guid.CreateVersion7(),
                SourceEventId = sourceId,
                Channel = Channel.Sms,
                Template = "welcome",
                Recipient = $"+1202555014{index}",
                Status = DeliveryStatus.Pending,
                Body = "Welcome",
                NextAttemptAt = now,
                CreatedAt = now,
            }));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var sent = await AllSentAsync(sourceId);

        Assert.True(_provider.MostInFlight >= 3, $"At most {_provider.MostInFlight} messages were in flight at once.");
        Assert.All(sent, row => Assert.Equal(1, row.Attempts));
        Assert.Equal(Messages, _provider.Sent);
    }

    private async Task<List<Delivery>> AllSentAsync(Guid sourceId)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(15));
        while (true)
        {
            await using var db = _app.Db();
            var rows = await db.Deliveries.AsNoTracking().Where(delivery => delivery.SourceEventId == sourceId).ToListAsync(deadline.Token);
            if (rows.All(row => row.Status == DeliveryStatus.Sent))
            {
                return rows;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }

    /// <summary>Answers only once enough messages wait for it at the same time, or after five seconds.</summary>
    private sealed class SlowSmsProvider(int inFlightToAnswer) : ISmsSender
    {
        private readonly TaskCompletionSource _enoughInFlight = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlight;
        private int _mostInFlight;
        private int _sent;

        public int MostInFlight => Volatile.Read(ref _mostInFlight);

        public int Sent => Volatile.Read(ref _sent);

        public async Task<string> SendAsync(string to, string body, CancellationToken cancellationToken)
        {
            var inFlight = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostInFlight, inFlight);
            if (inFlight >= inFlightToAnswer)
            {
                _enoughInFlight.TrySetResult();
            }

            await Task.WhenAny(_enoughInFlight.Task, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
            Interlocked.Decrement(ref _inFlight);
            Interlocked.Increment(ref _sent);
            return $"SM{Guid.NewGuid():N}";
        }

        private static void InterlockedMax(ref int location, int value)
        {
            var current = Volatile.Read(ref location);
            while (value > current && Interlocked.CompareExchange(ref location, value, current) is var seen && seen != current)
            {
                current = seen;
            }
        }
    }
}
