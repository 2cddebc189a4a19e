namespace Pms.Notifications.Sending;

/// <summary>The meter of notification-service's own counters.</summary>
public static class NotificationsMeter
{
    public const string Name = "Pms.Notifications";
}
