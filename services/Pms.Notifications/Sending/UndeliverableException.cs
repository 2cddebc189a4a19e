namespace Pms.Notifications.Sending;

/// <summary>A message that no retry can deliver (a recipient that cannot exist): it fails at once.</summary>
public sealed class UndeliverableException(string reason) : Exception(reason);
