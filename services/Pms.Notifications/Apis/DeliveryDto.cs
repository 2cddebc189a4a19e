using Pms.Notifications.Model;

namespace Pms.Notifications.Apis;

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
