using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

/// <summary>The signed-in person's own account: their password and their authenticator.</summary>
public sealed class AccountClient(GatewayClient gateway)
{
    public Task ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken = default) =>
        gateway.PostAsync("/api/auth/password", new { currentPassword, newPassword }, cancellationToken);

    public Task<TotpSetup> SetUpTotpAsync(CancellationToken cancellationToken = default) =>
        gateway.PostAsync<TotpSetup>("/api/auth/mfa/totp/setup", null, cancellationToken);

    public Task<TotpConfirmation> ConfirmTotpAsync(string code, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<TotpConfirmation>("/api/auth/mfa/totp/confirm", new { code }, cancellationToken);
}
