namespace Pms.Notifications.Services;

/// <summary>Section <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    public const string LocalSmsProvider = "Local";

    public const string TwilioSmsProvider = "Twilio";

    public string HospitalName { get; set; } = "PMS General Hospital";

    public string FromAddress { get; set; } = "no-reply@pms.local";

    /// <summary>Where the message templates are; operators may edit them while the service runs.</summary>
    public string TemplateDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "Templates");

    /// <summary>
    /// How often the dispatcher looks for retries falling due. New messages do not wait for it: the database tells the
    /// dispatcher when they are committed.
    /// </summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long before an appointment its reminder goes out; applies to bookings made after a change.</summary>
    public TimeSpan AppointmentReminderLeadTime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the reminder job looks for due reminders; a reminder goes out at most this late.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before a message is Failed; waits double from <see cref="RetryBaseDelay"/>, at most 5 minutes.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a claimed message is left to the dispatcher that claimed it (no other replica sends it meanwhile); after a
    /// crash it is sent again once this has passed. Longer than a batch of sends takes.
    /// </summary>
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary><c>Local</c> records SMS without sending; <c>Twilio</c> sends them.</summary>
    public string SmsProvider { get; set; } = LocalSmsProvider;

    public bool UsesTwilio => string.Equals(SmsProvider, TwilioSmsProvider, StringComparison.OrdinalIgnoreCase);

    public TwilioOptions Twilio { get; set; } = new();

    /// <summary>No longer read: every service takes <c>PhoneNumbers:DefaultRegion</c>. Set, it stops the service rather than being ignored.</summary>
    public string? DefaultPhoneRegion { get; set; }

    public TimeSpan RetryDelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, RetryBaseDelay.Ticks * (1L << Math.Min(attempts - 1, 20))));
}
