namespace Pms.Web.Gateway.Models;

/// <summary>A coverage as staff add or change it.</summary>
public sealed record CoverageChange(
    string PayerCode,
    string Plan,
    string MemberId,
    string? GroupNumber,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Priority,
    string? PolicyHolder,
    string Relationship);
