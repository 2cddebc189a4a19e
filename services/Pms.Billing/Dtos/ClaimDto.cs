using Pms.Billing.Model;

namespace Pms.Billing.Dtos;

public sealed record ClaimLineDto(int Position, string? Code, string Description, decimal Amount, decimal Paid, decimal Adjusted);

public sealed record ClaimDto(
    Guid Id,
    string Number,
    Guid BillId,
    Guid PatientId,
    string PayerCode,
    ClaimStatus Status,
    decimal Amount,
    decimal AmountPaid,
    decimal AmountAdjusted,
    decimal TransferredToPatient,
    string Currency,
    string? RemittanceReference,
    string? DenialReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? SettledAt,
    IReadOnlyList<ClaimLineDto> Lines)
{
    public static ClaimDto From(Claim claim) => new(
        claim.Id, claim.Number, claim.BillId, claim.PatientId, claim.PayerCode, claim.Status, claim.Amount, claim.AmountPaid,
        claim.AmountAdjusted, claim.TransferredToPatient, claim.Currency, claim.RemittanceReference, claim.DenialReason,
        claim.CreatedAt, claim.SubmittedAt, claim.SettledAt,
        [.. claim.Lines.OrderBy(line => line.Position).Select(line => new ClaimLineDto(line.Position, line.Code, line.Description, line.Amount, line.Paid, line.Adjusted))]);
}
