using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

public sealed record AvailabilityExceptionDto(Guid Id, DateOnly StartsOn, DateOnly EndsOn, TimeOnly? StartTime, TimeOnly? EndTime, string Reason)
{
    public static AvailabilityExceptionDto From(AvailabilityException exception) => new(
        exception.Id, exception.StartsOn, exception.EndsOn, exception.StartTime, exception.EndTime, exception.Reason);
}
