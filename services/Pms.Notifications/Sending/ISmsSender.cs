namespace Pms.Notifications.Sending;

public interface ISmsSender
{
    /// <summary>Sends one text message and returns the provider's message id.</summary>
    Task<string> SendAsync(string to, string body, CancellationToken cancellationToken);
}
