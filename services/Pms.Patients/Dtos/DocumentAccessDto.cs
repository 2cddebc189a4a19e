using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

public sealed record DocumentAccessDto(Guid AccountId, string? Name, string Roles, DocumentAction Action, DateTimeOffset AccessedAt)
{
    public static DocumentAccessDto From(DocumentAccess access) => new(access.AccountId, access.AccountName, access.Roles, access.Action, access.At);
}
