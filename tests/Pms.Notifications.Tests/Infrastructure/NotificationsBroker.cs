extern alias broker;

using Pms.Contracts;
using Pms.Testing;

namespace Pms.Notifications.Tests.Infrastructure;

/// <summary>The embedded Kafka broker in process with PMS's topics, for tests of what notification-service reads from Kafka.</summary>
public sealed class NotificationsBroker() : InProcessBroker<broker::Program>(Topics.PartitionCount, [.. Topics.All]);
