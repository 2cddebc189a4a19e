using Pms.Auth.Model;
using Pms.Contracts.Events;

namespace Pms.Auth.Services;

public static class PatientAccountEvents
{
    /// <summary>What patient-service needs to create the record of a Patient account; the account must have a date of birth.</summary>
    public static PatientAccountRegistered Registered(PmsUser user, string? sex = null) => new(
        user.Id, user.Email!, user.FirstName, user.LastName, user.PhoneNumber,
        user.DateOfBirth ?? throw new InvalidOperationException("A Patient account needs a date of birth."), sex);
}
