using Pms.Billing.Model;

namespace Pms.Billing.Services;

public sealed record ValidCoverage(
    string PayerCode,
    string Plan,
    string MemberId,
    string? GroupNumber,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    CoveragePriority Priority,
    string? PolicyHolder,
    PolicyHolderRelationship Relationship);
