using Pms.Patients.Dtos;

namespace Pms.Patients.Services;

public abstract record PatientOutcome
{
    public sealed record Registered(RegisteredPatientResponse Patient) : PatientOutcome;

    public sealed record Updated(PatientDto Patient) : PatientOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : PatientOutcome;

    public sealed record PossibleDuplicates(IReadOnlyList<DuplicateCandidateDto> Candidates) : PatientOutcome;

    public sealed record NotFound : PatientOutcome;

    public sealed record Forbidden(string Reason) : PatientOutcome;

    public sealed record Conflict(string Reason) : PatientOutcome;
}
