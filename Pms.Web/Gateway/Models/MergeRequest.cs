namespace Pms.Web.Gateway.Models;

/// <summary>
/// Merges <see cref="DuplicateId"/> into the surviving record: the survivor keeps the duplicate's value of the details named
/// in <see cref="TakeFromDuplicate"/> (camelCase: phoneNumber, nationalId, ...). The versions are those of the records
/// compared, so that a record changed meanwhile is not merged on an outdated comparison.
/// </summary>
public sealed record MergeRequest(Guid DuplicateId, IReadOnlyList<string> TakeFromDuplicate, uint SurvivorVersion, uint DuplicateVersion);
