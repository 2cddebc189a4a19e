namespace Pms.Billing.Dtos;

/// <param name="Reference">The insurer's reference for the remittance (its advice or payment number).</param>
/// <param name="Lines">What the insurer paid and wrote off of each claim line, by the bill line's position; a line left out got nothing.</param>
public sealed record RemittanceRequest(string? Reference, IReadOnlyList<RemittanceLineRequest>? Lines);

public sealed record RemittanceLineRequest(int? Position, decimal? Paid, decimal? Adjusted);
