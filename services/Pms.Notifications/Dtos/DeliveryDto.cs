using Pms.Notifications.Model;

namespace Pms.Notifications.Dtos;

public sealed record DeliveryDto(
    Guid Id,
    Guid? PatientId,
    Channel Channel,
    string Template,
    string Recipient,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
