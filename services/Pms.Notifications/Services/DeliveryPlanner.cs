using Microsoft.Extensions.Options;
using Pms.Contracts.Events;
using Pms.Notifications.Infrastructure;
using Pms.Notifications.Model;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Phones;

namespace Pms.Notifications.Services;

/// <summary>
/// Turns an event into the messages it is due: one per channel the patient can be reached on and
/// allows, rendered now and logged Pending for the dispatcher. An event is planned once.
/// </summary>
public sealed class DeliveryPlanner(NotificationDbContext db, TemplateRenderer templates, IOptions<NotificationOptions> options, IOptions<PhoneOptions> phones, TimeProvider clock)
{
    public async Task PlanAsync(
        IntegrationEvent integrationEvent, Guid patientId, string template, bool essential, IReadOnlyDictionary<string, object?> values,
        CancellationToken cancellationToken)
    {
        if (await db.TryMarkHandledAsync(integrationEvent, template, cancellationToken))
        {
            await PlanAsync(integrationEvent.EventId, patientId, template, essential, values, cancellationToken);
        }
    }

    /// <summary>
    /// Plans a message that no event names, such as a reminder: <paramref name="sourceId"/> stands for
    /// the event, and the caller makes sure it is planned once.
    /// </summary>
    public async Task PlanAsync(
        Guid sourceId, Guid patientId, string template, bool essential, IReadOnlyDictionary<string, object?> values,
        CancellationToken cancellationToken)
    {
        // Nothing more goes to a record merged into another: the survivor's contact details and choices count, and the message joins its history.
        var recipientId = await db.RecipientRecordAsync(patientId, cancellationToken);
        var contact = await db.Contacts.FindAsync([recipientId], cancellationToken)
            ?? throw new ContactNotYetKnownException(recipientId);
        var preference = await db.Preferences.FindAsync([recipientId], cancellationToken) ?? new NotificationPreference();
        var model = MessageModels.For(contact, options.Value.HospitalName);
        foreach (var (key, value) in values)
        {
            model[key] = value;
        }

        if (contact.Email is { } email && (essential || preference.Email))
        {
            Add(sourceId, recipientId, Channel.Email, template, email, templates.RenderEmail(template, model));
        }

        if (contact.PhoneNumber is { } phone && (essential || preference.Sms))
        {
            // The log shows the number the provider is given; one that cannot be a number stays as typed and fails when sent.
            var recipient = E164.From(phone, phones.Value.DefaultRegion) ?? phone;
            Add(sourceId, recipientId, Channel.Sms, template, recipient, templates.RenderSms(template, model));
        }
    }

    /// <summary>
    /// An email to an account rather than to a patient's contact details (staff have none): always sent, since
    /// the person asked for it, and planned once per event.
    /// </summary>
    public async Task PlanAccountEmailAsync(
        IntegrationEvent integrationEvent, string email, string template, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        if (!await db.TryMarkHandledAsync(integrationEvent, template, cancellationToken))
        {
            return;
        }

        var model = new Dictionary<string, object?>(values) { ["hospital"] = options.Value.HospitalName };
        Add(integrationEvent.EventId, null, Channel.Email, template, email, templates.RenderEmail(template, model));
    }

    private void Add(Guid sourceId, Guid? patientId, Channel channel, string template, string recipient, RenderedMessage message)
    {
        var now = clock.GetUtcNow();
        db.Deliveries.Add(new Delivery
        {
            Id = Guid.CreateVersion7(),
            PatientId = patientId,
            SourceEventId = sourceId,
            Channel = channel,
            Template = template,
            Recipient = recipient,
            Status = DeliveryStatus.Pending,
            Subject = message.Subject,
            Body = message.Body,
            HtmlBody = message.HtmlBody,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}
