namespace Pms.Notifications.Tests.Infrastructure;

/// <summary>The message a request to Twilio's Messages API carried.</summary>
public sealed record ReceivedSms(string To, string From, string Body);
