using Pms.Contracts.Messaging;

namespace Pms.Web.Gateway;

/// <summary>Each service's dead letters, under its own prefix (<c>/api/{service}/dead-letters</c>).</summary>
public sealed class DeadLettersClient(GatewayClient gateway)
{
    /// <summary>The services that handle messages, by the prefix of their API.</summary>
    public static readonly IReadOnlyList<string> Services = ["auth", "patients", "billing", "notifications", "audit"];

    public Task<IReadOnlyList<DeadLetter>> ListAsync(string service, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<DeadLetter>>($"/api/{service}/dead-letters", cancellationToken);

    public Task ReplayAsync(string service, Guid id, CancellationToken cancellationToken = default) =>
        gateway.PostAsync($"/api/{service}/dead-letters/{id}/replay", null, cancellationToken);

    public Task DiscardAsync(string service, Guid id, CancellationToken cancellationToken = default) =>
        gateway.DeleteAsync($"/api/{service}/dead-letters/{id}", cancellationToken);
}
