namespace Pms.Web.Live;

/// <summary>
/// Where the open waiting-room screens of this replica hear that the queue changed. A screen subscribes while it is open
/// and fetches the queue again when told; <see cref="WaitingRoomSubscription"/> feeds it from every service replica.
/// </summary>
public sealed class WaitingRoomUpdates
{
    private readonly Lock _gate = new();
    private readonly List<Func<Task>> _screens = [];

    public IDisposable Subscribe(Func<Task> queueChanged)
    {
        lock (_gate)
        {
            _screens.Add(queueChanged);
        }

        return new Subscription(this, queueChanged);
    }

    public async Task QueueChangedAsync()
    {
        Func<Task>[] screens;
        lock (_gate)
        {
            screens = [.. _screens];
        }

        await Task.WhenAll(screens.Select(screen => screen()));
    }

    private void Unsubscribe(Func<Task> queueChanged)
    {
        lock (_gate)
        {
            _screens.Remove(queueChanged);
        }
    }

    private sealed class Subscription(WaitingRoomUpdates updates, Func<Task> queueChanged) : IDisposable
    {
        public void Dispose() => updates.Unsubscribe(queueChanged);
    }
}
