namespace Pms.Notifications.Tests.Infrastructure;

/// <summary>One request to the fake Twilio and its answer: the HTTP status, and the message's SID when it was created.</summary>
public sealed record TwilioExchange(ReceivedSms Sms, int Status, string? Sid, DateTimeOffset At);
