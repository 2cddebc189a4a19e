using Pms.Contracts;

namespace Pms.AppHost.Infrastructure.Local;

/// <summary>Settings of local mode, section <c>Pms:Local</c>.</summary>
public sealed class LocalInfrastructureOptions
{
    public const string SectionName = "Pms:Local";

    /// <summary>Where the PostgreSQL cluster lives; kept across runs. Default: <c>.data/postgres</c> beside the AppHost.</summary>
    public string? DataDirectory { get; set; }

    public int PostgresPort { get; set; } = ServicePorts.Postgres;

    /// <summary>Where Redis keeps its snapshots; kept across runs. Default: <c>.data/redis</c> beside the AppHost.</summary>
    public string? RedisDataDirectory { get; set; }

    public int RedisPort { get; set; } = ServicePorts.Redis;

    public int KafkaPort { get; set; } = ServicePorts.Kafka;

    public int SmtpPort { get; set; } = 2525;

    public int MailSinkHttpPort { get; set; } = 4010;

    /// <summary>The embedded broker's HTTP port: its health and its fault controls.</summary>
    public int KafkaBrokerHttpPort { get; set; } = 4011;

    /// <summary>The payment sandbox: Stripe's API, the hosted payment page and its script API.</summary>
    public int PaymentsHttpPort { get; set; } = 4020;
}
