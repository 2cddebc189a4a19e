using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

public sealed class VisitsClient(GatewayClient gateway)
{
    /// <summary>Every open visit in order of arrival, or one doctor's.</summary>
    public Task<IReadOnlyList<Visit>> QueueAsync(Guid? doctorId = null, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<Visit>>(doctorId is { } doctor ? $"/api/visits?doctorId={doctor}" : "/api/visits", cancellationToken);

    public Task<Visit> CheckInAsync(Guid appointmentId, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Visit>("/api/visits", new { appointmentId }, cancellationToken);

    public Task<Visit> CheckInWalkInAsync(Guid patientId, Guid doctorId, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Visit>("/api/visits", new { patientId, doctorId }, cancellationToken);

    public Task<Visit> CallNextAsync(Guid doctorId, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Visit>($"/api/visits/doctors/{doctorId}/call-next", null, cancellationToken);

    public Task<Visit> CompleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Visit>($"/api/visits/{id}/complete", null, cancellationToken);

    public Task<Visit> CloseAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Visit>($"/api/visits/{id}/close", null, cancellationToken);
}
