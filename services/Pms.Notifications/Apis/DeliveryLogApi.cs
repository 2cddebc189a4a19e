using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Notifications.Dtos;
using Pms.Notifications.Infrastructure;
using Pms.Notifications.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Wolverine.EntityFrameworkCore;

namespace Pms.Notifications.Apis;

public static class DeliveryLogApi
{
    public static IEndpointRouteBuilder MapDeliveryLogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization().Audited();

        api.MapGet("/", GetDeliveryLog)
            .RequireAuthorization(PmsPolicies.PatientOrStaff)
            .WithName("GetDeliveryLog")
            .WithSummary("The delivery log, newest first, by patient, channel and status; a patient sees only their own messages.");
        api.MapGet("/{id:guid}", GetMessage)
            .RequireAuthorization(PmsPolicies.PatientOrStaff)
            .WithName("GetMessage")
            .WithSummary("One message as it was sent: subject and text; a patient reads only their own.");
        api.MapGet("/preferences", GetPreferences)
            .RequireAuthorization(PmsPolicies.Patient)
            .WithName("GetNotificationPreferences")
            .WithSummary("Whether the signed-in patient receives non-essential email and SMS.");
        api.MapPut("/preferences", SetPreferences)
            .RequireAuthorization(PmsPolicies.Patient)
            .WithName("SetNotificationPreferences")
            .WithSummary("Switches non-essential email and SMS on or off; bill, receipt, refund and appointment messages always go out.");

        return app;
    }

    public static async Task<Ok<PagedResult<DeliveryDto>>> GetDeliveryLog(
        ClaimsPrincipal user, NotificationDbContext db, AuditTrail audit, Guid? patientId, Channel? channel, DeliveryStatus? status, int? page,
        int? pageSize, CancellationToken cancellationToken)
    {
        var deliveries = VisibleTo(user, db);
        if (patientId is not null)
        {
            deliveries = deliveries.Where(delivery => delivery.PatientId == patientId);
        }

        if (channel is not null)
        {
            deliveries = deliveries.Where(delivery => delivery.Channel == channel);
        }

        if (status is not null)
        {
            deliveries = deliveries.Where(delivery => delivery.Status == status);
        }

        var found = await deliveries
            .OrderByDescending(delivery => delivery.CreatedAt)
            .Select(delivery => new DeliveryDto(delivery.Id, delivery.PatientId, delivery.Channel, delivery.Template, delivery.Recipient,
                delivery.Status, delivery.Attempts, delivery.CreatedAt, delivery.SentAt))
            .ToPageAsync(page, pageSize, cancellationToken);
        audit.Record(AuditActions.Search, AuditResources.Notification, null, found.Items.Where(item => item.PatientId is not null).Select(item => item.PatientId!.Value));
        return TypedResults.Ok(found);
    }

    public static async Task<Results<Ok<MessageDto>, ProblemHttpResult>> GetMessage(
        Guid id, ClaimsPrincipal user, NotificationDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var message = await VisibleTo(user, db)
            // Account notices (a password-reset link) concern no patient and are read by nobody but their recipient.
            .Where(delivery => delivery.Id == id && delivery.PatientId != null)
            .Select(delivery => new MessageDto(delivery.Id, delivery.PatientId, delivery.Channel, delivery.Template, delivery.Recipient,
                delivery.Status, delivery.CreatedAt, delivery.SentAt, delivery.Subject, delivery.Body))
            .SingleOrDefaultAsync(cancellationToken);
        audit.Record(AuditActions.Read, AuditResources.Notification, id, message?.PatientId);
        return message is not null ? TypedResults.Ok(message) : TypedResults.Problem(title: "No such message.", statusCode: StatusCodes.Status404NotFound);
    }

    /// <summary>Staff and admins see every message; a patient only those sent to them.</summary>
    private static IQueryable<Delivery> VisibleTo(ClaimsPrincipal user, NotificationDbContext db)
    {
        var deliveries = db.Deliveries.AsNoTracking();
        if (user.IsInRole(PmsRoles.Staff) || user.IsInRole(PmsRoles.Admin))
        {
            return deliveries;
        }

        var accountId = user.GetUserId();
        var own = db.Contacts.Where(contact => contact.AuthUserId == accountId).Select(contact => (Guid?)contact.PatientId);
        return deliveries.Where(delivery => own.Contains(delivery.PatientId));
    }

    public static async Task<Results<Ok<PreferencesDto>, NotFound<ProblemDetails>>> GetPreferences(
        ClaimsPrincipal user, NotificationDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var patientId = await OwnPatientIdAsync(user, db, cancellationToken);
        audit.Record(AuditActions.Read, AuditResources.NotificationPreferences, patientId, patientId);
        if (patientId is null)
        {
            return TypedResults.NotFound(NotYetKnown());
        }

        var preference = await db.Preferences.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.PatientId == patientId, cancellationToken)
            ?? new NotificationPreference();
        return TypedResults.Ok(new PreferencesDto(preference.Email, preference.Sms));
    }

    public static async Task<Results<Ok<PreferencesDto>, ValidationProblem, NotFound<ProblemDetails>>> SetPreferences(
        PreferencesRequest request, ClaimsPrincipal user, IDbContextOutbox<NotificationDbContext> outbox, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var validated = request.Validate();
        if (validated is Outcome<PreferencesDto>.Invalid invalid)
        {
            return TypedResults.ValidationProblem(invalid.Errors);
        }

        var choices = ((Outcome<PreferencesDto>.Done)validated).Value;

        var patientId = await OwnPatientIdAsync(user, db, cancellationToken);
        if (patientId is null)
        {
            return TypedResults.NotFound(NotYetKnown());
        }

        var preference = await db.Preferences.SingleOrDefaultAsync(candidate => candidate.PatientId == patientId, cancellationToken);
        if (preference is null)
        {
            preference = new NotificationPreference { PatientId = patientId.Value };
            db.Preferences.Add(preference);
        }

        preference.Email = choices.Email;
        preference.Sms = choices.Sms;
        preference.UpdatedAt = clock.GetUtcNow();
        audit.Record(AuditActions.Update, AuditResources.NotificationPreferences, patientId, patientId);
        await audit.EnlistAsync(outbox);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return TypedResults.Ok(new PreferencesDto(preference.Email, preference.Sms));
    }

    private static Task<Guid?> OwnPatientIdAsync(ClaimsPrincipal user, NotificationDbContext db, CancellationToken cancellationToken)
    {
        var accountId = user.GetUserId();
        return db.Contacts.Where(contact => contact.AuthUserId == accountId).Select(contact => (Guid?)contact.PatientId).FirstOrDefaultAsync(cancellationToken);
    }

    private static ProblemDetails NotYetKnown() => new()
    {
        Title = "Your patient record is not known here yet.",
        Detail = "It arrives moments after registration; try again shortly.",
        Status = StatusCodes.Status404NotFound,
    };
}
