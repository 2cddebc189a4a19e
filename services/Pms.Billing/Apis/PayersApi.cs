using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Billing.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Apis;

public static class PayersApi
{
    public static IEndpointRouteBuilder MapPayersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/billing/payers").WithTags("Payers")
            .RequireAuthorization(PmsPolicies.StaffOrAdmin);

        api.MapGet("/", GetPayers)
            .WithName("GetPayers")
            .WithSummary("Insurers and other payers, active ones first, by name.");
        api.MapPost("/", CreatePayer)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithName("CreatePayer")
            .WithSummary("Adds a payer that coverages can name.");
        api.MapPut("/{code}", UpdatePayer)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithName("UpdatePayer")
            .WithSummary("Renames a payer or sets it inactive; an inactive payer stays on its coverages but is offered for no new one.");

        api.MapGet("/{code}/rules", GetRules)
            .WithName("GetCoverageRules")
            .WithSummary("What the payer pays of each type of bill: percentage, co-pay, excluded catalog codes, yearly cap.");
        api.MapPut("/{code}/rules/{billType}", SetRule)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithName("SetCoverageRule")
            .WithSummary("Sets what the payer pays of one type of bill; bills already issued keep their split.");
        api.MapDelete("/{code}/rules/{billType}", DeleteRule)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithName("DeleteCoverageRule")
            .WithSummary("The payer no longer pays for this type of bill; bills already issued keep their split.");

        return app;
    }

    public static async Task<Results<Ok<List<CoverageRuleDto>>, ProblemHttpResult>> GetRules(string code, BillingDbContext db, CancellationToken cancellationToken)
    {
        var normalizedCode = code.ToUpperInvariant();
        if (!await db.Payers.AnyAsync(payer => payer.Code == normalizedCode, cancellationToken))
        {
            return NoSuchPayer.ToProblem();
        }

        var rules = await db.CoverageRules.AsNoTracking().Where(rule => rule.PayerCode == normalizedCode).ToListAsync(cancellationToken);
        return TypedResults.Ok(rules.OrderBy(rule => rule.BillType).Select(CoverageRuleDto.From).ToList());
    }

    public static async Task<Results<Ok<CoverageRuleDto>, ValidationProblem, ProblemHttpResult>> SetRule(
        string code, string billType, CoverageRuleRequest request, BillingDbContext db, CancellationToken cancellationToken) =>
        (await SetRuleAsync(code.ToUpperInvariant(), CoverageRuleValidator.Validate(billType, request), db, cancellationToken)).ToOk();

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteRule(string code, string billType, BillingDbContext db, CancellationToken cancellationToken)
    {
        var normalizedCode = code.ToUpperInvariant();
        var deleted = EnumField.TryParse<BillType>(billType, out var type)
            ? await db.CoverageRules.Where(rule => rule.PayerCode == normalizedCode && rule.BillType == type).ExecuteDeleteAsync(cancellationToken)
            : 0;
        return deleted == 1 ? TypedResults.NoContent() : Refusal.NotFound("The payer has no rule for this type of bill.").ToProblem();
    }

    public static async Task<Ok<List<PayerDto>>> GetPayers(BillingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Payers.AsNoTracking()
            .OrderByDescending(payer => payer.IsActive).ThenBy(payer => payer.Name)
            .Select(payer => new PayerDto(payer.Code, payer.Name, payer.IsActive))
            .ToListAsync(cancellationToken));

    public static async Task<Results<Created<PayerDto>, ValidationProblem, ProblemHttpResult>> CreatePayer(
        PayerRequest request, BillingDbContext db, CancellationToken cancellationToken) =>
        (await CreateAsync(PayerValidator.Validate(request, requireCode: true), db, cancellationToken))
            .ToCreated(payer => $"/api/billing/payers/{payer.Code}");

    public static async Task<Results<Ok<PayerDto>, ValidationProblem, ProblemHttpResult>> UpdatePayer(
        string code, PayerRequest request, BillingDbContext db, CancellationToken cancellationToken) =>
        (await UpdateAsync(code, PayerValidator.Validate(request, requireCode: false), db, cancellationToken)).ToOk();

    private static Refusal NoSuchPayer { get; } = Refusal.NotFound("No such payer.");

    private static async Task<Outcome<CoverageRuleDto>> SetRuleAsync(
        string payerCode, Outcome<ValidCoverageRule> validation, BillingDbContext db, CancellationToken cancellationToken)
    {
        if (!validation.IsDone(out var valid))
        {
            return validation.Failed<CoverageRuleDto>();
        }

        if (!await db.Payers.AnyAsync(payer => payer.Code == payerCode, cancellationToken))
        {
            return NoSuchPayer;
        }

        var rule = await db.CoverageRules.FindAsync([payerCode, valid.BillType], cancellationToken);
        if (rule is null)
        {
            rule = new CoverageRule { PayerCode = payerCode, BillType = valid.BillType };
            db.CoverageRules.Add(rule);
        }

        rule.CoveredPercent = valid.CoveredPercent;
        rule.CoPay = valid.CoPay;
        rule.ExcludedCodes = [.. valid.ExcludedCodes];
        rule.YearlyCap = valid.YearlyCap;
        return await SavedAsync(db, () => CoverageRuleDto.From(rule), "Someone set this rule at the same moment; read it and try again.", cancellationToken);
    }

    /// <summary>Saves, answering 409 when a concurrent request added the same payer or rule first.</summary>
    private static async Task<Outcome<T>> SavedAsync<T>(BillingDbContext db, Func<T> saved, string conflict, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return saved();
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Refusal.Conflict(conflict);
        }
    }

    private static async Task<Outcome<PayerDto>> CreateAsync(Outcome<ValidPayer> validation, BillingDbContext db, CancellationToken cancellationToken)
    {
        if (!validation.IsDone(out var valid) || valid.Code is not { } code)
        {
            return validation.Failed<PayerDto>();
        }

        if (await db.Payers.AnyAsync(payer => payer.Code == code, cancellationToken))
        {
            return Refusal.Conflict($"There already is a payer {code}.");
        }

        var payer = new Payer { Code = code, Name = valid.Name, IsActive = valid.IsActive ?? true };
        db.Payers.Add(payer);
        return await SavedAsync(db, () => PayerDto.From(payer), $"There already is a payer {code}.", cancellationToken);
    }

    private static async Task<Outcome<PayerDto>> UpdateAsync(string code, Outcome<ValidPayer> validation, BillingDbContext db, CancellationToken cancellationToken)
    {
        if (!validation.IsDone(out var valid))
        {
            return validation.Failed<PayerDto>();
        }

        var normalizedCode = code.ToUpperInvariant();
        var payer = await db.Payers.SingleOrDefaultAsync(candidate => candidate.Code == normalizedCode, cancellationToken);
        if (payer is null)
        {
            return NoSuchPayer;
        }

        payer.Name = valid.Name;
        payer.IsActive = valid.IsActive ?? payer.IsActive;
        await db.SaveChangesAsync(cancellationToken);
        return PayerDto.From(payer);
    }
}
