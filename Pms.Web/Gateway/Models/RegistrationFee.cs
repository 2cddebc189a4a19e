namespace Pms.Web.Gateway.Models;

public sealed record RegistrationFee(string Status, Guid? BillId);
