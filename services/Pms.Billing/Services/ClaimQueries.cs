using Microsoft.EntityFrameworkCore;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Billing.Services;

/// <summary>Claims as billing staff work them: by status, payer or patient, oldest waiting first.</summary>
public sealed class ClaimQueries(BillingDbContext db)
{
    public const int MostListed = 200;

    public static Refusal NoSuchClaim { get; } = Refusal.NotFound("No such claim.");

    public async Task<IReadOnlyList<ClaimDto>> ListAsync(ClaimStatus? status, string? payerCode, Guid? patientId, CancellationToken cancellationToken)
    {
        var claims = db.Claims.AsNoTracking().Include(claim => claim.Lines).AsQueryable();
        if (status is { } wanted)
        {
            claims = claims.Where(claim => claim.Status == wanted);
        }

        if (payerCode is { Length: > 0 })
        {
            var code = payerCode.ToUpperInvariant();
            claims = claims.Where(claim => claim.PayerCode == code);
        }

        if (patientId is { } patient)
        {
            claims = claims.Where(claim => claim.PatientId == patient);
        }

        var found = await claims.OrderBy(claim => claim.CreatedAt).Take(MostListed).ToListAsync(cancellationToken);
        return found.ConvertAll(ClaimDto.From);
    }

    public async Task<ClaimDto?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Claims.AsNoTracking().Include(claim => claim.Lines).SingleOrDefaultAsync(claim => claim.Id == id, cancellationToken) is { } claim
            ? ClaimDto.From(claim)
            : null;
}
