using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

public sealed class PatientsClient(GatewayClient gateway)
{
    private IReadOnlyList<IdentifierType>? _identifierTypes;

    public Task<PagedResult<Patient>> SearchAsync(string? search, int page, int pageSize, CancellationToken cancellationToken) =>
        gateway.GetAsync<PagedResult<Patient>>(
            $"/api/patients?search={Uri.EscapeDataString(search ?? "")}&page={page}&pageSize={pageSize}", cancellationToken);

    public Task<Patient> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<Patient>($"/api/patients/{id}", cancellationToken);

    public Task<Patient> GetOwnAsync(CancellationToken cancellationToken = default) =>
        gateway.GetAsync<Patient>("/api/patients/me", cancellationToken);

    /// <summary>Registers a walk-in; a likely duplicate answers 409 with its candidates unless <paramref name="allowDuplicate"/>.</summary>
    public Task<RegisteredPatient> RegisterWalkInAsync(PatientDetails details, bool allowDuplicate, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<RegisteredPatient>($"/api/patients{(allowDuplicate ? "?allowDuplicate=true" : "")}", details, cancellationToken);

    /// <summary>The kinds of identifier this hospital records; they are its configuration, so they are read once per visit.</summary>
    public async Task<IReadOnlyList<IdentifierType>> IdentifierTypesAsync(CancellationToken cancellationToken = default) =>
        _identifierTypes ??= await gateway.GetAsync<IReadOnlyList<IdentifierType>>("/api/patients/identifier-types", cancellationToken);

    public Task<Patient> UpdateAsync(Guid id, PatientDetails details, CancellationToken cancellationToken = default) =>
        gateway.PutAsync<Patient>($"/api/patients/{id}", details, cancellationToken);

    public Task<PatientMerge> MergeAsync(Guid survivorId, MergeRequest request, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<PatientMerge>($"/api/patients/{survivorId}/merge", request, cancellationToken);

    /// <summary>The merges the record took part in, as survivor or duplicate, newest first.</summary>
    public Task<IReadOnlyList<PatientMerge>> MergesAsync(Guid id, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<PatientMerge>>($"/api/patients/{id}/merges", cancellationToken);

    public Task<PatientMerge> UndoMergeAsync(Guid mergeId, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<PatientMerge>($"/api/patients/merges/{mergeId}/undo", null, cancellationToken);

    public Task<IReadOnlyList<RegistrationRow>> GetRegistrationsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<RegistrationRow>>($"/api/patients/reports/registrations?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", cancellationToken);

    public Task<IReadOnlyList<DoctorAppointmentsRow>> GetAppointmentsByDoctorAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<DoctorAppointmentsRow>>($"/api/patients/reports/appointments?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", cancellationToken);
}
