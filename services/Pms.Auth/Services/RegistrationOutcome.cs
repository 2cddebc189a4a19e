namespace Pms.Auth.Services;

public abstract record RegistrationOutcome
{
    public sealed record Registered(Guid UserId) : RegistrationOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : RegistrationOutcome;

    public sealed record EmailTaken : RegistrationOutcome;
}
