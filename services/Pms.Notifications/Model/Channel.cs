namespace Pms.Notifications.Model;

public enum Channel
{
    Email,
    Sms,
}
