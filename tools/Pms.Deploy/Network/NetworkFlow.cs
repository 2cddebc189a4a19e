namespace Pms.Deploy.Network;

/// <summary>A connection one pod of PMS opens to a port of another, inside the namespace.</summary>
public sealed record NetworkFlow(string From, string To, int Port);
