using Pms.Billing.Model;

namespace Pms.Billing.Dtos;

/// <param name="InForceToday">Whether today falls within the coverage's period.</param>
public sealed record CoverageDto(
    Guid Id,
    Guid PatientId,
    string PayerCode,
    string PayerName,
    string Plan,
    string MemberId,
    string? GroupNumber,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    CoveragePriority Priority,
    string? PolicyHolder,
    PolicyHolderRelationship Relationship,
    bool InForceToday)
{
    public static CoverageDto From(Coverage coverage, Payer payer, DateOnly today) => new(
        coverage.Id, coverage.PatientId, payer.Code, payer.Name, coverage.Plan, coverage.MemberId, coverage.GroupNumber,
        coverage.ValidFrom, coverage.ValidTo, coverage.Priority, coverage.PolicyHolder, coverage.Relationship, coverage.IsInForceOn(today));
}
