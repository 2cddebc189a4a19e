using Microsoft.Extensions.DependencyInjection;
using Pms.Billing.Tests.Infrastructure;
using Pms.ServiceDefaults.Messaging;
using Wolverine.Runtime;

namespace Pms.Billing.Tests;

public sealed class OutboxSendingTests(BillingApp app)
{
    [Fact]
    public void EveryTopicTheServiceProducesToIsSentInBatchesOfTheConfiguredSizeAndWindow()
    {
        var defaults = new MessagingOptions();
        var runtime = app.Host.Services.GetRequiredService<IWolverineRuntime>();

        var topics = runtime.Options.Transports.AllEndpoints().Where(endpoint => endpoint.Uri.Scheme == "kafka" && endpoint.Subscriptions.Count > 0).ToList();

        Assert.NotEmpty(topics);
        Assert.All(topics, topic => Assert.Equal((defaults.SendBatchWindow, defaults.SendBatchSize), (topic.MessageBatchTimeout, topic.MessageBatchSize)));
    }
}
