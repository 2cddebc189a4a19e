using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Services;

public static class DoctorAccess
{
    /// <summary>Staff manage every doctor's availability; a doctor manages their own.</summary>
    public static bool MayManage(this Caller caller, Guid doctorId) => caller.IsStaff || (caller.IsDoctor && doctorId == caller.UserId);
}
