namespace Pms.Contracts;

/// <summary>
/// Redis pub/sub channels on which a service tells every open screen that something they show changed. A signal carries
/// no data: screens fetch what changed through the gateway, as their user, so authorization and audit apply as ever.
/// </summary>
public static class LiveChannels
{
    /// <summary>The check-in queue changed; the message is the doctor whose queue it was.</summary>
    public const string WaitingRoom = "pms:waiting-room";
}
