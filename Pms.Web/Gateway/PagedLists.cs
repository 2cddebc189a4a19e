using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

/// <summary>Reads a paged list to its end, for the short lists a page needs whole (doctors, their accounts).</summary>
public static class PagedLists
{
    /// <summary>The largest page the services answer.</summary>
    public const int LargestPageSize = 100;

    public static async Task<IReadOnlyList<T>> ReadAllAsync<T>(Func<int, Task<PagedResult<T>>> readPage)
    {
        var items = new List<T>();
        for (var page = 1; ; page++)
        {
            var result = await readPage(page);
            items.AddRange(result.Items);
            if (result.Items.Count == 0 || items.Count >= result.TotalCount)
            {
                return items;
            }
        }
    }
}
