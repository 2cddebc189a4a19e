namespace Pms.Web.Gateway.Models;

public sealed record DuplicatesProblem(IReadOnlyList<DuplicateCandidate> Candidates);
