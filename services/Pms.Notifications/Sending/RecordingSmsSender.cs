namespace Pms.Notifications.Sending;

/// <summary>Local runs send no SMS: the delivery log records what would have gone out.</summary>
public sealed partial class RecordingSmsSender(ILogger<RecordingSmsSender> logger) : ISmsSender
{
    public Task<string> SendAsync(string to, string body, CancellationToken cancellationToken)
    {
        var id = $"local-{Guid.NewGuid():N}";
        LogRecorded(logger, id, body.Length);
        return Task.FromResult(id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded SMS {MessageId} of {Length} characters instead of sending it")]
    private static partial void LogRecorded(ILogger logger, string messageId, int length);
}
