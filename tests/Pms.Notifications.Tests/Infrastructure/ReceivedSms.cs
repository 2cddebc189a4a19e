namespace Pms.Notifications.Tests.Infrastructure;

public sealed record ReceivedSms(string To, string From, string Body, string Sid);
