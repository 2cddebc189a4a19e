namespace Pms.Web.Gateway.Models;

public sealed record NewAbsence(DateOnly StartsOn, DateOnly EndsOn, TimeOnly? StartTime, TimeOnly? EndTime, string Reason);
