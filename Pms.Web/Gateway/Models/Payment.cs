namespace Pms.Web.Gateway.Models;

public sealed record Payment(Guid Id, decimal Amount, string Method, string? Reference, DateTimeOffset ReceivedAt, string? ProviderReference = null, decimal ExcessRefunded = 0);
