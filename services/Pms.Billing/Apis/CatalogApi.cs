using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Billing.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Apis;

public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/billing/catalog").WithTags("Catalog")
            .RequireAuthorization(PmsPolicies.StaffOrAdmin);

        api.MapGet("/", GetCatalog)
            .WithName("GetPriceCatalog")
            .WithSummary("The price catalog, active items first, by code.");
        api.MapPost("/", CreateItem)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithName("CreatePriceItem")
            .WithSummary("Adds an item to the catalog.");
        api.MapPut("/{code}", UpdateItem)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithName("UpdatePriceItem")
            .WithSummary("Changes an item's name, type, price, currency or active flag; bills already issued keep their prices.");

        return app;
    }

    public static async Task<Ok<List<PriceItemDto>>> GetCatalog(BillingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.PriceItems.AsNoTracking()
            .OrderByDescending(item => item.IsActive).ThenBy(item => item.Code)
            .Select(item => new PriceItemDto(item.Code, item.Name, item.BillType, item.UnitPrice, item.Currency, item.IsActive))
            .ToListAsync(cancellationToken));

    public static async Task<Results<Created<PriceItemDto>, ValidationProblem, ProblemHttpResult>> CreateItem(
        PriceItemRequest request, BillingDbContext db, CancellationToken cancellationToken) =>
        (await CreateAsync(PriceItemValidator.Validate(request, requireCode: true), db, cancellationToken))
            .ToCreated(item => $"/api/billing/catalog/{item.Code}");

    public static async Task<Results<Ok<PriceItemDto>, ValidationProblem, ProblemHttpResult>> UpdateItem(
        string code, PriceItemRequest request, BillingDbContext db, CancellationToken cancellationToken) =>
        (await UpdateAsync(code, PriceItemValidator.Validate(request, requireCode: false), db, cancellationToken)).ToOk();

    private static async Task<Outcome<PriceItemDto>> CreateAsync(Outcome<ValidPriceItem> validation, BillingDbContext db, CancellationToken cancellationToken)
    {
        if (!validation.IsDone(out var valid) || valid.Code is not { } code)
        {
            return validation.Failed<PriceItemDto>();
        }

        if (await db.PriceItems.AnyAsync(item => item.Code == code, cancellationToken))
        {
            return Refusal.Conflict($"The catalog already has an item {code}.");
        }

        var item = new PriceItem { Code = code };
        Apply(item, valid);
        db.PriceItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(item);
    }

    private static async Task<Outcome<PriceItemDto>> UpdateAsync(
        string code, Outcome<ValidPriceItem> validation, BillingDbContext db, CancellationToken cancellationToken)
    {
        if (!validation.IsDone(out var valid))
        {
            return validation.Failed<PriceItemDto>();
        }

        var normalizedCode = code.ToUpperInvariant();
        var item = await db.PriceItems.SingleOrDefaultAsync(candidate => candidate.Code == normalizedCode, cancellationToken);
        if (item is null)
        {
            return Refusal.NotFound("No such catalog item.");
        }

        Apply(item, valid);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(item);
    }

    private static void Apply(PriceItem item, ValidPriceItem valid)
    {
        item.Name = valid.Name;
        item.BillType = valid.BillType;
        item.UnitPrice = valid.UnitPrice;
        item.Currency = valid.Currency;
        item.IsActive = valid.IsActive;
    }

    private static PriceItemDto ToDto(PriceItem item) => new(item.Code, item.Name, item.BillType, item.UnitPrice, item.Currency, item.IsActive);
}
