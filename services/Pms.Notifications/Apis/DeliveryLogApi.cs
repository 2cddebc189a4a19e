using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pms.Contracts;
using Pms.Notifications.Infrastructure;
using Pms.Notifications.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Notifications.Apis;

public static class DeliveryLogApi
{
    public static IEndpointRouteBuilder MapDeliveryLogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications").WithTags("Delivery log")
            .RequireAuthorization(policy => policy.RequireRole(PmsRoles.Staff, PmsRoles.Admin));

        api.MapGet("/", GetDeliveryLog)
            .WithName("GetDeliveryLog")
            .WithSummary("The delivery log, newest first, filtered by patient, channel and status.");

        return app;
    }

    public static async Task<Ok<PagedResult<DeliveryDto>>> GetDeliveryLog(
        NotificationDbContext db, Guid? patientId, Channel? channel, DeliveryStatus? status, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var deliveries = db.Deliveries.AsNoTracking();
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

        return TypedResults.Ok(await deliveries
            .OrderByDescending(delivery => delivery.CreatedAt)
            .Select(delivery => new DeliveryDto(delivery.Id, delivery.PatientId, delivery.Channel, delivery.Template, delivery.Recipient,
                delivery.Status, delivery.Attempts, delivery.CreatedAt, delivery.SentAt))
            .ToPageAsync(page, pageSize, cancellationToken));
    }
}
