using Pms.Testing;

namespace Pms.ServiceDefaults.Tests;

/// <summary>The embedded broker in-process on a free port, with one topic.</summary>
public sealed class EmbeddedBroker() : InProcessBroker<Program>(partitions: 3, Topic)
{
    public const string Topic = "traced";
}
