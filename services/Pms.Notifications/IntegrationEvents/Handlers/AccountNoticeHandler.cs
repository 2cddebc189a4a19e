using System.Globalization;
using Pms.Contracts.Events;
using Pms.Notifications.Services;

namespace Pms.Notifications.IntegrationEvents.Handlers;

/// <summary>Messages about an account rather than a patient record: the password-reset link.</summary>
public static class AccountNoticeHandler
{
    public static Task Handle(PasswordResetRequested requested, DeliveryPlanner planner, CancellationToken cancellationToken) =>
        planner.PlanAccountEmailAsync(requested, requested.Email, "password-reset", new Dictionary<string, object?>
        {
            ["first_name"] = requested.FirstName,
            ["reset_url"] = requested.ResetUrl,
            ["minutes"] = Math.Max(1, (int)Math.Round((requested.ExpiresAt - requested.OccurredAt).TotalMinutes)).ToString(CultureInfo.InvariantCulture),
        }, cancellationToken);
}
