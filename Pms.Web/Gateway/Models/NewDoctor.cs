namespace Pms.Web.Gateway.Models;

/// <summary>A doctor's bookable profile; <see cref="Id"/> is the id of their account, which has the Doctor role.</summary>
public sealed record NewDoctor(Guid Id, string FirstName, string LastName, string Specialty, string ConsultationFeeCode, string? TimeZone);
