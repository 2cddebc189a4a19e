using Microsoft.EntityFrameworkCore;

namespace Pms.ServiceDefaults.Apis;

/// <summary>Page numbers start at 1; page sizes are clamped to 1..100 (default 20).</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaximumPageSize = 100;

    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> query, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var number = Math.Max(page ?? 1, 1);
        var size = Math.Clamp(pageSize ?? DefaultPageSize, 1, MaximumPageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, number, size, total);
    }

    /// <summary>The <paramref name="count"/> items after the first <paramref name="offset"/>, and how many there are in all.</summary>
    public static async Task<(IReadOnlyList<T> Items, int Total)> ToSliceAsync<T>(this IQueryable<T> query, int offset, int count, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(offset).Take(count).ToListAsync(cancellationToken);
        return (items, total);
    }
}
