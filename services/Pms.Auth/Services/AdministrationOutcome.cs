using Pms.Auth.Dtos;

namespace Pms.Auth.Services;

public abstract record AdministrationOutcome
{
    public sealed record Done(UserDto User) : AdministrationOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : AdministrationOutcome;

    public sealed record NotFound : AdministrationOutcome;

    public sealed record Conflict(string Reason) : AdministrationOutcome;
}
