namespace Pms.Notifications.Services;

public sealed record RenderedMessage(string? Subject, string Body, string? HtmlBody);
