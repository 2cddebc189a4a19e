namespace Pms.ServiceDefaults.Messaging;

/// <summary>
/// Tuning of the durable messaging agents. The defaults suit a real cluster; the AppHost
/// shortens them for the embedded broker, whose consumer groups rebalance slowly.
/// </summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    public TimeSpan StaleNodeTimeout { get; set; } = TimeSpan.FromMinutes(1);

    public int SendBatchSize { get; set; } = 100;

    public IReadOnlyList<TimeSpan> RetryDelays { get; set; } =
        [TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];
}
