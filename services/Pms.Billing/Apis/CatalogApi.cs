using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Infrastructure;
using Pms.Contracts;

namespace Pms.Billing.Apis;

public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/billing/catalog").WithTags("Catalog")
            .RequireAuthorization(policy => policy.RequireRole(PmsRoles.Staff, PmsRoles.Admin));

        api.MapGet("/", GetCatalog)
            .WithName("GetPriceCatalog")
            .WithSummary("The price catalog, active items first, by code.");

        return app;
    }

    public static async Task<Ok<List<PriceItemDto>>> GetCatalog(BillingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.PriceItems.AsNoTracking()
            .OrderByDescending(item => item.IsActive).ThenBy(item => item.Code)
            .Select(item => new PriceItemDto(item.Code, item.Name, item.BillType, item.UnitPrice, item.Currency, item.IsActive))
            .ToListAsync(cancellationToken));
}
