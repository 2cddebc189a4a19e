namespace Pms.AppHost.Infrastructure;

/// <summary>Where Postgres, Kafka and the mail server come from.</summary>
public enum InfrastructureMode
{
    /// <summary>Containers run by Docker or Podman.</summary>
    Containers,

    /// <summary>The machine's Postgres binaries and PMS's embedded broker and mail sink.</summary>
    Local,
}
