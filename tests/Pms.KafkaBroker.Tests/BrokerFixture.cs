using Pms.Testing;

namespace Pms.KafkaBroker.Tests;

/// <summary>Runs the broker in-process on a free Kafka port with topics t1 and t2.</summary>
public sealed class BrokerFixture() : InProcessBroker<Program>(Partitions, "t1", "t2")
{
    public const int Partitions = 2;
}
