namespace Pms.Patients.Model;

/// <summary>A change the appointment's rules do not allow; <see cref="Kind"/> says how the API answers.</summary>
public sealed class AppointmentRuleException(AppointmentRuleException.Kinds kind, string message) : Exception(message)
{
    public enum Kinds
    {
        /// <summary>The reason given does not do (400, under <c>reason</c>).</summary>
        Invalid,

        /// <summary>The appointment's status does not allow it (409).</summary>
        Conflict,

        /// <summary>The time does not allow it: past, not started yet, already started (422).</summary>
        Unprocessable,
    }

    public Kinds Kind { get; } = kind;
}
