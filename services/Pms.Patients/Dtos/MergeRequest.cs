namespace Pms.Patients.Dtos;

/// <summary>
/// Merge <see cref="DuplicateId"/> into the record named in the path. <see cref="TakeFromDuplicate"/> names the details
/// (firstName, phoneNumber, nationalId, ...) whose duplicate value the survivor keeps; the versions, when given, must
/// be those the comparison was made on.
/// </summary>
public sealed record MergeRequest(Guid? DuplicateId, IReadOnlyList<string>? TakeFromDuplicate, uint? SurvivorVersion = null, uint? DuplicateVersion = null);
