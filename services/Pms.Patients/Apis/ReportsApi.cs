using Pms.Patients.Reports;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Apis;

/// <summary>The front desk's activity: registrations and each doctor's appointments with their no-show rate.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/patients/reports").WithTags("Reports").RequireAuthorization(PmsPolicies.StaffOrAdmin).Audited();
        reports.MapGet("/registrations", Registrations)
            .WithName("GetRegistrationsReport")
            .WithSummary("Registrations per day (UTC) and source (Desk or Online) over the period, at most a year; format=csv downloads it.");
        reports.MapGet("/appointments", Appointments)
            .WithName("GetAppointmentsReport")
            .WithSummary("Per doctor, the appointments of the period by outcome and the no-show rate of those closed; format=csv downloads it.");
        return app;
    }

    public static Task<IResult> Registrations(
        DateOnly? from, DateOnly? to, string? format, HttpContext context, ActivityReports reports, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        CsvDownload.ForPeriodAsync(from, to, format, "registrations", reports.RegistrationsAsync, context, audit, clock, cancellationToken);

    public static Task<IResult> Appointments(
        DateOnly? from, DateOnly? to, string? format, HttpContext context, ActivityReports reports, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        CsvDownload.ForPeriodAsync(from, to, format, "appointments", reports.AppointmentsByDoctorAsync, context, audit, clock, cancellationToken);
}
