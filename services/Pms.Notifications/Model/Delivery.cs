namespace Pms.Notifications.Model;

/// <summary>One message to one recipient over one channel, and what became of it.</summary>
public sealed class Delivery
{
    public Guid Id { get; set; }

    public Guid? PatientId { get; set; }

    public Guid SourceEventId { get; set; }

    public Channel Channel { get; set; }

    public string Template { get; set; } = "";

    public string Recipient { get; set; } = "";

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public string? ProviderMessageId { get; set; }

    /// <summary>The rendered message, kept so a retry sends exactly what was first meant.</summary>
    public string? Subject { get; set; }

    public string Body { get; set; } = "";

    public string? HtmlBody { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
