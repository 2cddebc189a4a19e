using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

public sealed class NotificationsClient(GatewayClient gateway)
{
    public Task<PagedResult<Delivery>> ListAsync(Guid? patientId = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<PagedResult<Delivery>>(
            $"/api/notifications?page={page}&pageSize={pageSize}{(patientId is { } id ? $"&patientId={id}" : "")}", cancellationToken);

    public Task<Message> GetMessageAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<Message>($"/api/notifications/{id}", cancellationToken);

    public Task<Preferences> GetPreferencesAsync(CancellationToken cancellationToken = default) =>
        gateway.GetAsync<Preferences>("/api/notifications/preferences", cancellationToken);

    public Task<Preferences> SetPreferencesAsync(Preferences preferences, CancellationToken cancellationToken = default) =>
        gateway.PutAsync<Preferences>("/api/notifications/preferences", preferences, cancellationToken);
}
