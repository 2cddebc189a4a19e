namespace Pms.Web.Gateway.Models;

public sealed record Coverage(
    Guid Id,
    Guid PatientId,
    string PayerCode,
    string PayerName,
    string Plan,
    string MemberId,
    string? GroupNumber,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Priority,
    string? PolicyHolder,
    string Relationship,
    bool InForceToday);
