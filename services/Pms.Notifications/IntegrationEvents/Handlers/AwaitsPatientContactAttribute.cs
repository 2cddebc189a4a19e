using JasperFx.CodeGeneration;
using Pms.Notifications.Services;
using Wolverine.Attributes;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Pms.Notifications.IntegrationEvents.Handlers;

/// <summary>
/// For handlers that plan a message to a patient, when the event overtook the patient's registration. Usually the
/// registration is a moment behind, and the quick retries find it. While patient-service or its database restarts it
/// can be held up for a minute or more (a killed service's outbox waits until another node takes over its envelopes,
/// some 40 s with two replicas): the message is then scheduled in the inbox and tried again over the next quarter of
/// an hour, often at first, and the listener moves on meanwhile.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AwaitsPatientContactAttribute : ModifyHandlerChainAttribute
{
    /// <summary>
    /// Waited out in the listener, which meanwhile takes no other message of the topic: kept to about a second, so one
    /// event for a patient who is not coming (or not soon) holds up the topic's other notices that long at most.
    /// </summary>
    public static readonly TimeSpan[] QuickRetryDelays = [TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1)];

    public static readonly TimeSpan[] ScheduledRetryDelays =
        [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10)];

    public override void Modify(HandlerChain chain, GenerationRules rules) =>
        chain.OnException<ContactNotYetKnownException>()
            .RetryWithCooldown(QuickRetryDelays)
            .Then.ScheduleRetry(ScheduledRetryDelays)
            .Then.MoveToErrorQueue();
}
