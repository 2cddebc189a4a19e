using Pms.Patients.Dtos;

namespace Pms.Patients.Apis;

/// <summary>A 409 answer listing the existing records the new one probably duplicates.</summary>
public sealed record DuplicatesProblem(IReadOnlyList<DuplicateCandidateDto> Candidates)
{
    public string Type => "https://tools.ietf.org/html/rfc9110#section-15.5.10";

    public string Title => "This patient may already be registered.";

    public int Status => StatusCodes.Status409Conflict;

    public string Detail => "Check the candidates; register anyway with allowDuplicate=true.";
}
