using Pms.Notifications.Model;

namespace Pms.Notifications.Dtos;

/// <summary>A message as it was sent: the subject (email only) and the text the patient received.</summary>
public sealed record MessageDto(
    Guid Id,
    Guid? PatientId,
    Channel Channel,
    string Template,
    string Recipient,
    DeliveryStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? Subject,
    string Body);
