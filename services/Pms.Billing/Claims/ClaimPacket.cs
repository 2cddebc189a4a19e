using Microsoft.EntityFrameworkCore;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;

namespace Pms.Billing.Claims;

/// <summary>Everything a claim document shows: the claim, the bill it comes from, the coverage it is made under, the patient.</summary>
public sealed record ClaimPacket(Claim Claim, Bill Bill, Coverage Coverage, string PayerName, PatientSummary? Patient)
{
    public static async Task<ClaimPacket?> LoadAsync(BillingDbContext db, Guid claimId, CancellationToken cancellationToken)
    {
        var claim = await db.Claims.AsNoTracking().Include(candidate => candidate.Lines).SingleOrDefaultAsync(candidate => candidate.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return null;
        }

        var bill = await db.Bills.AsNoTracking().Include(candidate => candidate.Lines).SingleAsync(candidate => candidate.Id == claim.BillId, cancellationToken);
        var coverage = await db.Coverages.AsNoTracking().SingleAsync(candidate => candidate.Id == claim.CoverageId, cancellationToken);
        var payerName = await db.Payers.Where(payer => payer.Code == claim.PayerCode).Select(payer => payer.Name).SingleAsync(cancellationToken);
        var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(summary => summary.PatientId == claim.PatientId, cancellationToken);
        return new ClaimPacket(claim, bill, coverage, payerName, patient);
    }

    public string PatientName => Patient is null ? Claim.PatientId.ToString() : $"{Patient.FirstName} {Patient.LastName}";
}
