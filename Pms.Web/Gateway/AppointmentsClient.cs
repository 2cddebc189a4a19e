using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

public sealed class AppointmentsClient(GatewayClient gateway)
{
    /// <summary>Appointments the user may see, by start time; <paramref name="date"/> is a date of the doctor's clock.</summary>
    public Task<PagedResult<Appointment>> ListAsync(
        Guid? doctorId = null, Guid? patientId = null, DateOnly? date = null, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<PagedResult<Appointment>>(
            $"/api/appointments?page={page}&pageSize={pageSize}"
            + (doctorId is { } doctor ? $"&doctorId={doctor}" : "")
            + (patientId is { } patient ? $"&patientId={patient}" : "")
            + (date is { } day ? $"&date={day:yyyy-MM-dd}" : ""),
            cancellationToken);

    public Task<Appointment> BookAsync(NewAppointment appointment, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Appointment>("/api/appointments", appointment, cancellationToken);

    public Task<Appointment> RescheduleAsync(Guid id, DateTimeOffset startsAt, string reason, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Appointment>($"/api/appointments/{id}/reschedule", new { startsAt, reason }, cancellationToken);

    public Task<Appointment> CancelAsync(Guid id, string reason, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Appointment>($"/api/appointments/{id}/cancel", new { reason }, cancellationToken);

    public Task<Appointment> CompleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Appointment>($"/api/appointments/{id}/complete", null, cancellationToken);

    public Task<Appointment> MarkNoShowAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Appointment>($"/api/appointments/{id}/no-show", null, cancellationToken);
}
