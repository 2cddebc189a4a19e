using Pms.Contracts;
using Pms.Contracts.Events;

namespace Pms.ServiceDefaults.Tests;

public sealed class TopicDefinitionsTests
{
    private static readonly string[] Services =
        [ResourceNames.Auth, ResourceNames.Patients, ResourceNames.Billing, ResourceNames.Notifications, ResourceNames.Audit];

    [Fact]
    public void EveryEventTravelsOnExactlyOneTopic()
    {
        var events = typeof(IntegrationEvent).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(IntegrationEvent)) && !type.IsAbstract);

        Assert.All(events, eventType => Assert.Single(Topics.Definitions, topic => topic.Carries(eventType)));
    }

    [Fact]
    public void EveryTopicHasKnownProducersAndConsumers()
    {
        Assert.Equal(Topics.Definitions.Count, Topics.All.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Topics.Definitions, topic =>
        {
            Assert.NotEmpty(topic.Producers);
            Assert.NotEmpty(topic.Consumers);
            Assert.NotEmpty(topic.Events);
            Assert.Subset(Services.ToHashSet(), topic.Producers.Concat(topic.Consumers).ToHashSet());
        });
    }

    [Fact]
    public void OnlyAuthMayPublishWhatVouchesForAnAccount()
    {
        Assert.Equal([ResourceNames.Auth], Topics.Find(Topics.AuthPatientRegistration)?.Producers);
        Assert.Equal([ResourceNames.Auth], Topics.Find(Topics.AuthAccountNotices)?.Producers);
        Assert.Null(Topics.Find("not-a-pms-topic"));
    }
}
