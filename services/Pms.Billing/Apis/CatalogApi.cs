using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
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
        PriceItemRequest request, BillingDbContext db, CancellationToken cancellationToken)
    {
        var errors = Validate(request, requireCode: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var code = request.Code!.Trim().ToUpperInvariant();
        if (await db.PriceItems.AnyAsync(item => item.Code == code, cancellationToken))
        {
            return TypedResults.Problem(title: $"The catalog already has an item {code}.", statusCode: StatusCodes.Status409Conflict);
        }

        var item = new PriceItem { Code = code };
        Apply(item, request);
        db.PriceItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/billing/catalog/{code}", ToDto(item));
    }

    public static async Task<Results<Ok<PriceItemDto>, ValidationProblem, ProblemHttpResult>> UpdateItem(
        string code, PriceItemRequest request, BillingDbContext db, CancellationToken cancellationToken)
    {
        var errors = Validate(request, requireCode: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var normalizedCode = code.ToUpperInvariant();
        var item = await db.PriceItems.SingleOrDefaultAsync(candidate => candidate.Code == normalizedCode, cancellationToken);
        if (item is null)
        {
            return TypedResults.Problem(title: "No such catalog item.", statusCode: StatusCodes.Status404NotFound);
        }

        Apply(item, request);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToDto(item));
    }

    private static Dictionary<string, string[]> Validate(PriceItemRequest request, bool requireCode)
    {
        var errors = new Dictionary<string, string[]>();
        if (requireCode && (string.IsNullOrWhiteSpace(request.Code) || request.Code.Trim().Length > 32
            || !request.Code.Trim().All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_')))
        {
            errors["code"] = ["A code of 1 to 32 letters, digits, dashes or underscores is required."];
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 200)
        {
            errors["name"] = ["A name of 1 to 200 characters is required."];
        }

        if (!Enum.TryParse<BillType>(request.BillType, ignoreCase: true, out var billType) || !Enum.IsDefined(billType) || int.TryParse(request.BillType, out _))
        {
            errors["billType"] = [$"The bill type must be one of {string.Join(", ", Enum.GetNames<BillType>())}."];
        }

        if (request.UnitPrice is not (>= 0 and <= 10_000_000) || Money.Round(request.UnitPrice.Value) != request.UnitPrice)
        {
            errors["unitPrice"] = ["The unit price is zero or more, in whole cents."];
        }

        if (request.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
        {
            errors["currency"] = ["The currency is a three-letter ISO 4217 code, e.g. USD."];
        }

        return errors;
    }

    private static void Apply(PriceItem item, PriceItemRequest request)
    {
        item.Name = request.Name!.Trim();
        item.BillType = Enum.Parse<BillType>(request.BillType!, ignoreCase: true);
        item.UnitPrice = request.UnitPrice!.Value;
        item.Currency = request.Currency!;
        item.IsActive = request.IsActive ?? true;
    }

    private static PriceItemDto ToDto(PriceItem item) => new(item.Code, item.Name, item.BillType, item.UnitPrice, item.Currency, item.IsActive);
}
