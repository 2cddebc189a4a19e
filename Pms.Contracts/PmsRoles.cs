namespace Pms.Contracts;

/// <summary>The roles of PMS, as they appear in access tokens. <see cref="All"/> are the roles people hold.</summary>
public static class PmsRoles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string Doctor = "Doctor";
    public const string Patient = "Patient";

    /// <summary>Not a person's role: the role of a service's client-credentials token.</summary>
    public const string Service = "Service";

    public static IReadOnlyList<string> All { get; } = [Admin, Staff, Doctor, Patient];
}
