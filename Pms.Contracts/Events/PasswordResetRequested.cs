namespace Pms.Contracts.Events;

/// <summary>
/// Someone asked for a password reset of an existing account (the person, or an administrator for them);
/// notification-service emails the single-use link, which works until <see cref="ExpiresAt"/>.
/// </summary>
public sealed record PasswordResetRequested(
    Guid UserId,
    string Email,
    string FirstName,
    string ResetUrl,
    DateTimeOffset ExpiresAt) : IntegrationEvent
{
    public override string Source => ResourceNames.Auth;

    public override string Subject => UserId.ToString();
}
