namespace Pms.Billing.Model;

/// <summary>
/// What a bill asks of the patient's insurer: its insurer's share, line by line. Billing staff submit it; the insurer's
/// remittance pays it in full or in part (what it neither pays nor writes off becomes the patient's), or the insurer
/// denies it and the whole amount becomes the patient's.
/// </summary>
public sealed class Claim
{
    public Guid Id { get; set; }

    /// <summary>The bill's number with CLM in place of INV, e.g. <c>CLM-2026-000123</c>.</summary>
    public string Number { get; set; } = "";

    public Guid BillId { get; set; }

    public Guid PatientId { get; set; }

    public string PayerCode { get; set; } = "";

    public Guid CoverageId { get; set; }

    public string Currency { get; set; } = "";

    public ClaimStatus Status { get; set; }

    public decimal Amount { get; set; }

    public decimal AmountPaid { get; set; }

    public decimal AmountAdjusted { get; set; }

    public decimal TransferredToPatient { get; set; }

    public string? RemittanceReference { get; set; }

    public string? DenialReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? SettledAt { get; set; }

    public uint Version { get; set; }

    public List<ClaimLine> Lines { get; set; } = [];

    /// <summary>A draft claim of the insurer's share of a bill just split with a coverage.</summary>
    public static Claim For(Bill bill, DateTimeOffset at)
    {
        var id = Guid.CreateVersion7();
        return new Claim
        {
            Id = id,
            Number = "CLM" + bill.Number[bill.Number.IndexOf('-', StringComparison.Ordinal)..],
            BillId = bill.Id,
            PatientId = bill.PatientId,
            PayerCode = bill.PayerCode ?? throw new InvalidOperationException("Only a split bill has a claim."),
            CoverageId = bill.CoverageId ?? throw new InvalidOperationException("Only a split bill has a claim."),
            Currency = bill.Currency,
            Status = ClaimStatus.Draft,
            Amount = bill.InsurerShare,
            CreatedAt = at,
            Lines =
            [
                .. bill.Lines.Where(line => line.InsurerShare > 0).OrderBy(line => line.Position).Select(line => new ClaimLine
                {
                    Id = Guid.CreateVersion7(),
                    ClaimId = id,
                    Position = line.Position,
                    Code = line.Code,
                    Description = line.Description,
                    Amount = line.InsurerShare,
                }),
            ],
        };
    }

    public void Submit(DateTimeOffset at)
    {
        RequireStatus(ClaimStatus.Draft, "submitted");
        Status = ClaimStatus.Submitted;
        SubmittedAt = at;
    }

    /// <summary>
    /// Records the insurer's remittance: what it paid and wrote off per line (lines it does not name, nothing). The rest of
    /// each line becomes the patient's; the bill is told by <see cref="Bill.TransferToPatient"/>.
    /// </summary>
    public void Remit(IReadOnlyList<(int Position, decimal Paid, decimal Adjusted)> remitted, string reference, DateTimeOffset at)
    {
        RequireStatus(ClaimStatus.Submitted, "paid");
        foreach (var (position, paid, adjusted) in remitted)
        {
            var line = Lines.SingleOrDefault(candidate => candidate.Position == position)
                ?? throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable, $"The claim has no line {position}.");
            if (paid + adjusted > line.Amount)
            {
                throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable,
                    $"Line {position}: {paid + adjusted} paid and written off is more than the {line.Amount} claimed.");
            }

            line.Paid = paid;
            line.Adjusted = adjusted;
        }

        AmountPaid = Lines.Sum(line => line.Paid);
        if (AmountPaid == 0)
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Unprocessable, "The remittance pays nothing: record a denial, with the insurer's reason, instead.");
        }

        AmountAdjusted = Lines.Sum(line => line.Adjusted);
        TransferredToPatient = Amount - AmountPaid - AmountAdjusted;
        Status = AmountPaid == Amount ? ClaimStatus.Paid : ClaimStatus.PartiallyPaid;
        RemittanceReference = reference;
        SettledAt = at;
    }

    /// <summary>The insurer pays nothing: the whole claim becomes the patient's.</summary>
    public void Deny(string reason, DateTimeOffset at)
    {
        RequireStatus(ClaimStatus.Submitted, "denied");
        Status = ClaimStatus.Denied;
        DenialReason = reason;
        TransferredToPatient = Amount;
        SettledAt = at;
    }

    /// <summary>What each bill line's insurer share gives up to the patient, by position.</summary>
    public IReadOnlyDictionary<int, decimal> TransfersByLine() =>
        Status == ClaimStatus.Denied
            ? Lines.ToDictionary(line => line.Position, line => line.Amount)
            : Lines.ToDictionary(line => line.Position, line => line.TransferredToPatient);

    private void RequireStatus(ClaimStatus required, string change)
    {
        if (Status != required)
        {
            throw new BillingRuleException(BillingRuleException.Kinds.Conflict, $"Only a {required.ToString().ToLowerInvariant()} claim can be {change}; this one is {Status}.");
        }
    }
}
