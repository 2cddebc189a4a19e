using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>The insurer's remittance advice as billing staff copy it: its reference and, per claim line, what it paid and wrote off.</summary>
public sealed class RemittanceModel
{
    [Required(ErrorMessage = "Enter the insurer's reference for the remittance.")]
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
    public string? Reference { get; set; }

    public List<RemittanceLineModel> Lines { get; init; } = [];

    /// <summary>Every line of the claim, paid in full until staff say otherwise.</summary>
    public static RemittanceModel For(Claim claim) => new()
    {
        Lines = [.. claim.Lines.Select(line => new RemittanceLineModel { Position = line.Position, Description = line.Description, Amount = line.Amount, Paid = line.Amount })],
    };

    public IReadOnlyList<RemittanceLine> ToLines() => [.. Lines.Select(line => new RemittanceLine(line.Position, line.Paid, line.Adjusted))];
}

public sealed class RemittanceLineModel
{
    public int Position { get; init; }

    public string Description { get; init; } = "";

    /// <summary>What the claim asks of the insurer for this line.</summary>
    public decimal Amount { get; init; }

    public decimal Paid { get; set; }

    public decimal Adjusted { get; set; }

    /// <summary>What the patient will owe of this line once the remittance is recorded.</summary>
    public decimal ToPatient => Amount - Paid - Adjusted;
}
