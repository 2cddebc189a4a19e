namespace Pms.Web.Gateway.Models;

public sealed record ClaimLine(int Position, string? Code, string Description, decimal Amount, decimal Paid, decimal Adjusted);

public sealed record Claim(
    Guid Id,
    string Number,
    Guid BillId,
    Guid PatientId,
    string PayerCode,
    string Status,
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
    IReadOnlyList<ClaimLine> Lines);

public sealed record RemittanceLine(int Position, decimal Paid, decimal Adjusted);
