using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

public sealed class UsersClient(GatewayClient gateway)
{
    public Task<PagedResult<User>> ListAsync(string? role, string? status, string? search, int page, int pageSize, CancellationToken cancellationToken) =>
        gateway.GetAsync<PagedResult<User>>(
            $"/api/auth/users?page={page}&pageSize={pageSize}&role={Uri.EscapeDataString(role ?? "")}&status={Uri.EscapeDataString(status ?? "")}&search={Uri.EscapeDataString(search ?? "")}",
            cancellationToken);

    /// <summary>Every active Doctor account; staff may read these, where only administrators list all accounts.</summary>
    public Task<IReadOnlyList<DoctorAccount>> ListDoctorAccountsAsync(CancellationToken cancellationToken = default) =>
        PagedLists.ReadAllAsync(page => gateway.GetAsync<PagedResult<DoctorAccount>>(
            $"/api/auth/doctors?page={page}&pageSize={PagedLists.LargestPageSize}", cancellationToken));

    public Task<User> CreateAsync(NewUser user, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<User>("/api/auth/users", user, cancellationToken);

    public Task<User> SetRolesAsync(Guid id, IReadOnlyList<string> roles, CancellationToken cancellationToken = default) =>
        gateway.PutAsync<User>($"/api/auth/users/{id}/roles", new { roles }, cancellationToken);

    /// <summary>Emails the account a reset link; the administrator never sees or sets the password.</summary>
    public Task SendPasswordResetAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.PostAsync($"/api/auth/users/{id}/password-reset", null, cancellationToken);

    public Task ResetAuthenticatorAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.PostAsync($"/api/auth/users/{id}/mfa-reset", null, cancellationToken);

    public Task LockAsync(Guid id, string reason, CancellationToken cancellationToken = default) =>
        gateway.PostAsync($"/api/auth/users/{id}/lock", new { reason }, cancellationToken);

    public Task UnlockAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.PostAsync($"/api/auth/users/{id}/unlock", null, cancellationToken);
}
