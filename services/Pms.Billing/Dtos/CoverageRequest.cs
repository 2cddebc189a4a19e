namespace Pms.Billing.Dtos;

/// <param name="PolicyHolder">The policy holder's name; leave it out when the relationship is Self.</param>
public sealed record CoverageRequest(
    string? PayerCode,
    string? Plan,
    string? MemberId,
    string? GroupNumber,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? Priority,
    string? PolicyHolder,
    string? Relationship);
