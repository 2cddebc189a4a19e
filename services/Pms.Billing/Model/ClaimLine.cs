namespace Pms.Billing.Model;

/// <summary>One line of a claim: the insurer's share of one line of the bill, and what the insurer's remittance made of it.</summary>
public sealed class ClaimLine
{
    public Guid Id { get; set; }

    public Guid ClaimId { get; set; }

    /// <summary>The position of the bill line it claims.</summary>
    public int Position { get; set; }

    public string? Code { get; set; }

    public string Description { get; set; } = "";

    public decimal Amount { get; set; }

    public decimal Paid { get; set; }

    /// <summary>What the insurer's remittance writes off (a contractual adjustment); neither the insurer nor the patient pays it.</summary>
    public decimal Adjusted { get; set; }

    /// <summary>What neither the insurer paid nor the remittance wrote off: it became the patient's to pay.</summary>
    public decimal TransferredToPatient => Amount - Paid - Adjusted;
}
