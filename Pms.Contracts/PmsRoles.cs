namespace Pms.Contracts;

/// <summary>The roles of PMS, as they appear in access tokens.</summary>
public static class PmsRoles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string Doctor = "Doctor";
    public const string Patient = "Patient";

    public static IReadOnlyList<string> All { get; } = [Admin, Staff, Doctor, Patient];
}
