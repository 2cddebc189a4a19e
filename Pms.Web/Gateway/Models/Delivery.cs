namespace Pms.Web.Gateway.Models;

public sealed record Delivery(
    Guid Id,
    Guid? PatientId,
    string Channel,
    string Template,
    string Recipient,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
