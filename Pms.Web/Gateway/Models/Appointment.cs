namespace Pms.Web.Gateway.Models;

public sealed record Appointment(
    Guid Id,
    Guid DoctorId,
    Guid PatientId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Status,
    string? Reason,
    string? CancellationReason,
    string? RescheduleReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version)
{
    public bool IsBooked => Status == AppointmentStatuses.Booked;

    /// <summary>Only a booked appointment that has not started can still be moved or cancelled.</summary>
    public bool CanChange(DateTimeOffset now) => IsBooked && StartsAt > now;

    /// <summary>Only a booked appointment that has started can be completed or marked a no-show.</summary>
    public bool CanClose(DateTimeOffset now) => IsBooked && StartsAt <= now;
}
