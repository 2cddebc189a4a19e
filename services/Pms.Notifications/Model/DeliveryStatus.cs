namespace Pms.Notifications.Model;

public enum DeliveryStatus
{
    Pending,
    Sent,
    Failed,
}
