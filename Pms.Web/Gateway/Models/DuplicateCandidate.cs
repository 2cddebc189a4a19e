namespace Pms.Web.Gateway.Models;

public sealed record DuplicateCandidate(Guid Id, string Mrn, string FirstName, string LastName, DateOnly DateOfBirth, string? PhoneNumber);
