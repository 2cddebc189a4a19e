namespace Pms.Web.Gateway.Models;

public sealed record AccessHistory(IReadOnlyList<AccessHistoryItem> Items);
