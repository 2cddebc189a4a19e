namespace Pms.Web.Gateway.Models;

public sealed record RegistrationFee(string Status, Guid? BillId)
{
    /// <summary>Not charged yet: patient-service charges it a moment after registration, or retries while billing is unreachable.</summary>
    public bool IsPending => Status == "Pending";
}
