namespace Pms.ServiceDefaults.Apis;

/// <summary>One page of a list, as every PMS list endpoint answers.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);
