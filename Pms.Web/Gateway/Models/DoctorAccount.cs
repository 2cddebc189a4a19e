namespace Pms.Web.Gateway.Models;

public sealed record DoctorAccount(Guid Id, string Email, string FirstName, string LastName);
