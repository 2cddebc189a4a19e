namespace Pms.Patients.Model;

/// <summary>
/// Time the doctor is away (leave, holiday, training), in the doctor's local time. Without times it
/// covers whole days from <see cref="StartsOn"/> to <see cref="EndsOn"/> inclusive; with times it
/// runs from <see cref="StartsOn"/> at <see cref="StartTime"/> to <see cref="EndsOn"/> at <see cref="EndTime"/>.
/// </summary>
public sealed record AvailabilityException(Guid Id, DateOnly StartsOn, DateOnly EndsOn, TimeOnly? StartTime, TimeOnly? EndTime, string Reason)
{
    public DateTime LocalStart => StartsOn.ToDateTime(StartTime ?? TimeOnly.MinValue);

    public DateTime LocalEnd => EndTime is { } end ? EndsOn.ToDateTime(end) : EndsOn.AddDays(1).ToDateTime(TimeOnly.MinValue);
}
