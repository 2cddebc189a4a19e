namespace Pms.Web.Gateway.Models;

/// <summary>
/// A time a doctor is away, on the doctor's clock: whole days from <see cref="StartsOn"/> to <see cref="EndsOn"/>, or, with
/// times, from the first date at <see cref="StartTime"/> to the last date at <see cref="EndTime"/>.
/// </summary>
public sealed record Absence(Guid Id, DateOnly StartsOn, DateOnly EndsOn, TimeOnly? StartTime, TimeOnly? EndTime, string Reason);
