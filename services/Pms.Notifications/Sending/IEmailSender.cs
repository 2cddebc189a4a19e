namespace Pms.Notifications.Sending;

public interface IEmailSender
{
    /// <summary>Sends one email and returns the provider's message id.</summary>
    Task<string> SendAsync(string to, string subject, string text, string? html, CancellationToken cancellationToken);
}
