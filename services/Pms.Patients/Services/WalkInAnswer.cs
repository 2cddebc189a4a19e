using Pms.Patients.Dtos;

namespace Pms.Patients.Services;

/// <summary>A walk-in registration either registers the patient or shows the records it probably duplicates.</summary>
public abstract record WalkInAnswer
{
    private WalkInAnswer()
    {
    }

    public sealed record Registered(RegisteredPatientResponse Patient) : WalkInAnswer;

    public sealed record PossibleDuplicates(IReadOnlyList<DuplicateCandidateDto> Candidates) : WalkInAnswer;
}
