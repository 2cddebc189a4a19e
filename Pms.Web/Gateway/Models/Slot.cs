namespace Pms.Web.Gateway.Models;

public sealed record Slot(DateTimeOffset StartsAt, DateTimeOffset EndsAt);
