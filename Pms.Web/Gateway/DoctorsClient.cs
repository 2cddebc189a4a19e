using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

public sealed class DoctorsClient(GatewayClient gateway)
{
    /// <summary>Every doctor, for lists that name doctors and tell their time zones.</summary>
    public Task<IReadOnlyList<Doctor>> ListAllAsync(CancellationToken cancellationToken = default) =>
        PagedLists.ReadAllAsync(page => gateway.GetAsync<PagedResult<Doctor>>($"/api/doctors?page={page}&pageSize={PagedLists.LargestPageSize}", cancellationToken));

    public Task<Doctor> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<Doctor>($"/api/doctors/{id}", cancellationToken);

    public Task<Doctor> CreateAsync(NewDoctor doctor, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Doctor>("/api/doctors", doctor, cancellationToken);

    /// <summary>Replaces the doctor's whole weekly timetable.</summary>
    public Task<Doctor> SetWeeklyHoursAsync(Guid id, IReadOnlyList<WeeklyHours> weeklyAvailability, CancellationToken cancellationToken = default) =>
        gateway.PutAsync<Doctor>($"/api/doctors/{id}/availability", new { weeklyAvailability }, cancellationToken);

    public Task<IReadOnlyList<Absence>> ListAbsencesAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<Absence>>($"/api/doctors/{id}/exceptions", cancellationToken);

    public Task<Absence> AddAbsenceAsync(Guid id, NewAbsence absence, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<Absence>($"/api/doctors/{id}/exceptions", absence, cancellationToken);

    public Task RemoveAbsenceAsync(Guid id, Guid absenceId, CancellationToken cancellationToken = default) =>
        gateway.DeleteAsync($"/api/doctors/{id}/exceptions/{absenceId}", cancellationToken);

    /// <summary>The free slots on a date of the doctor's clock.</summary>
    public Task<DaySlots> GetFreeSlotsAsync(Guid id, DateOnly date, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<DaySlots>($"/api/doctors/{id}/slots?date={date:yyyy-MM-dd}", cancellationToken);

    /// <summary>The first day from <paramref name="from"/> with free slots; 404 (a problem saying so) when there is none for months.</summary>
    public Task<DaySlots> GetNextFreeDayAsync(Guid id, DateOnly from, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<DaySlots>($"/api/doctors/{id}/slots/next?from={from:yyyy-MM-dd}", cancellationToken);
}
