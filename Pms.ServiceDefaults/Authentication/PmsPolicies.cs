using Microsoft.AspNetCore.Authorization;
using Pms.Contracts;

namespace Pms.ServiceDefaults.Authentication;

/// <summary>
/// Who may call an endpoint, by name: every set of roles PMS's APIs admit has one policy here, registered in every
/// service by <see cref="AuthenticationExtensions"/>. An administrator may do whatever staff may.
/// </summary>
public static class PmsPolicies
{
    /// <summary>Any person signed in: administrators, staff, doctors and patients (not services).</summary>
    public const string AnyPerson = nameof(AnyPerson);

    public const string Admin = nameof(Admin);

    /// <summary>The front desk and the cashier: staff and administrators.</summary>
    public const string StaffOrAdmin = nameof(StaffOrAdmin);

    /// <summary>The hospital's people: staff, doctors and administrators.</summary>
    public const string Workforce = nameof(Workforce);

    public const string Patient = nameof(Patient);

    /// <summary>A patient (for their own data) or staff and administrators.</summary>
    public const string PatientOrStaff = nameof(PatientOrStaff);

    /// <summary>patient-service's Service token, the only one carrying the billing.fees scope.</summary>
    public const string FeeCharging = nameof(FeeCharging);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [AnyPerson] = PmsRoles.All,
        [Admin] = [PmsRoles.Admin],
        [StaffOrAdmin] = [PmsRoles.Staff, PmsRoles.Admin],
        [Workforce] = [PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin],
        [Patient] = [PmsRoles.Patient],
        [PatientOrStaff] = [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Admin],
    };

    public static AuthorizationBuilder AddPmsPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (name, roles) in Roles)
        {
            authorization.AddPolicy(name, policy => policy.RequireRole(roles));
        }

        authorization.AddPolicy(FeeCharging, policy => policy.RequireServiceScope(ServiceScopes.BillingFees));

        return authorization;
    }
}
