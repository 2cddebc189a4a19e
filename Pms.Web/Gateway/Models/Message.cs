namespace Pms.Web.Gateway.Models;

public sealed record Message(
    Guid Id,
    Guid? PatientId,
    string Channel,
    string Template,
    string Recipient,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? Subject,
    string Body);
