using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Pms.Contracts;
using StackExchange.Redis;

namespace Pms.AppHost.Infrastructure.Local;

/// <summary>
/// Local mode: PostgreSQL and Redis from the machine's binaries, the embedded Kafka broker and the
/// embedded SMTP sink, each healthy only when it really accepts connections.
/// </summary>
public static class LocalInfrastructureExtensions
{
    private const int LocalPostgresMaxConnections = 400;

    public static PmsInfrastructure AddLocalInfrastructure(
        this IDistributedApplicationBuilder builder, InfrastructurePasswords passwords, IEnumerable<string> databaseNames)
    {
        var options = builder.Configuration.GetSection(LocalInfrastructureOptions.SectionName).Get<LocalInfrastructureOptions>()
            ?? new LocalInfrastructureOptions();

        var server = builder.AddLocalPostgres(options, passwords.Postgres);
        var databases = databaseNames.ToDictionary(
            name => name,
            name =>
            {
                var database = server.AddLocalDatabase(name);
                return new InfrastructureResource(Connection(database), Ready(database));
            });

        var broker = builder.AddProject<Projects.Pms_KafkaBroker>("kafka-broker")
            .WithHttpEndpoint(port: options.KafkaBrokerHttpPort)
            .WithHttpHealthCheck("/health")
            .WithEnvironment("Broker__Port", options.KafkaPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment(context =>
            {
                for (var index = 0; index < Topics.All.Count; index++)
                {
                    context.EnvironmentVariables[$"Broker__Topics__{index}"] = Topics.All[index];
                }
            });
        var kafka = builder.AddConnectionString(ResourceNames.Kafka, ReferenceExpression.Create($"127.0.0.1:{options.KafkaPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));

        var sink = builder.AddProject<Projects.Pms_MailSink>("mail-sink")
            .WithHttpEndpoint(port: options.MailSinkHttpPort)
            .WithHttpHealthCheck("/health")
            .WithEnvironment("MailSink__SmtpPort", options.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var mail = builder.AddConnectionString(ResourceNames.Mail, ReferenceExpression.Create($"smtp://127.0.0.1:{options.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));

        var redis = builder.AddLocalRedis(options, passwords.Redis);

        return new PmsInfrastructure(
            InfrastructureMode.Local,
            databases,
            new InfrastructureResource(Connection(kafka), Ready(broker)),
            new InfrastructureResource(Connection(mail), Ready(sink)),
            new InfrastructureResource(Connection(redis), Ready(redis)));
    }

    private static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, LocalInfrastructureOptions options, IResourceBuilder<ParameterResource> password)
    {
        var binDirectory = PostgresBinaries.FindBinDirectory();
        var dataDirectory = Path.GetFullPath(options.DataDirectory ?? Path.Combine(builder.AppHostDirectory, ".data", "postgres"));
        var initScript = Path.Combine(builder.AppHostDirectory, "Infrastructure", "Local", "postgres-init.sh");

        var init = builder.AddExecutable($"{ResourceNames.Postgres}-init", "bash", builder.AppHostDirectory, initScript)
            .WithEnvironment("PG_BIN", binDirectory)
            .WithEnvironment("PGDATA", dataDirectory)
            .WithEnvironment("POSTGRES_PASSWORD", password);

        // PostgreSQL refuses to run as root; CI and containers' hosts often are root.
        var asRoot = Environment.IsPrivilegedProcess;
        var postgres = Path.Combine(binDirectory, "postgres");
        var resource = new LocalPostgresServerResource(ResourceNames.Postgres, asRoot ? "setpriv" : postgres, builder.AppHostDirectory, password.Resource);

        var healthCheckKey = $"{ResourceNames.Postgres}-accepts-connections";
        string? connectionString = null;
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheckKey, async cancellationToken =>
            connectionString is not null && await CanConnectAsync(connectionString, cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("PostgreSQL does not accept connections yet."));

        var server = builder.AddResource(resource)
            .WithArgs(asRoot ? ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", postgres] : [])
            .WithArgs("-D", dataDirectory, "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=")

            // Each service's connection pool may grow to Npgsql's default of 100; PostgreSQL's own default of 100
            // connections for all of them together turned load into "too many clients" errors.
            .WithArgs("-c", $"max_connections={LocalPostgresMaxConnections}")

            // Per-statement statistics for profiling (the benchmark reads them), where the server ships the module.
            .WithArgs(PostgresBinaries.HasModule(binDirectory, "pg_stat_statements") ? ["-c", "shared_preload_libraries=pg_stat_statements"] : [])
            .WithEndpoint(port: options.PostgresPort, name: LocalPostgresServerResource.EndpointName, isProxied: false, env: "PGPORT")
            .WithHealthCheck(healthCheckKey)
            .WaitForCompletion(init);

        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(resource, async (_, cancellationToken) =>
            connectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken));
        builder.Eventing.Subscribe<ResourceReadyEvent>(resource, async (ready, cancellationToken) =>
        {
            connectionString ??= await resource.ConnectionStringExpression.GetValueAsync(cancellationToken);
            await CreateMissingDatabasesAsync(connectionString!, resource.Databases, cancellationToken);

            // Databases are not processes: they run once they exist, and their health checks take over.
            var notifications = ready.Services.GetRequiredService<ResourceNotificationService>();
            foreach (var database in resource.Databases)
            {
                await notifications.PublishUpdateAsync(database, state => state with { State = KnownResourceStates.Running });
            }
        });

        return server;
    }

    private static IResourceBuilder<LocalRedisResource> AddLocalRedis(
        this IDistributedApplicationBuilder builder, LocalInfrastructureOptions options, IResourceBuilder<ParameterResource> password)
    {
        if (!File.Exists("/usr/bin/redis-server") && !File.Exists("/usr/local/bin/redis-server"))
        {
            throw new InvalidOperationException(
                "Local mode needs redis-server: run tools/scripts/install-prerequisites.sh (Debian: apt-get install redis-server) or run with a container runtime.");
        }

        var resource = new LocalRedisResource(ResourceNames.Redis, builder.AppHostDirectory, password.Resource);
        var healthCheckKey = $"{ResourceNames.Redis}-answers";
        string? connectionString = null;
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheckKey, async () =>
            connectionString is not null && await AnswersAsync(connectionString)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("Redis does not answer yet."));
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(resource, async (_, cancellationToken) =>
            connectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken));

        return builder.AddResource(resource)
            .WithArgs(Path.Combine(builder.AppHostDirectory, "Infrastructure", "Local", "redis-server.sh"))
            .WithEnvironment("REDIS_DATA", Path.GetFullPath(options.RedisDataDirectory ?? Path.Combine(builder.AppHostDirectory, ".data", "redis")))
            .WithEnvironment("REDIS_PASSWORD", password)
            .WithEndpoint(port: options.RedisPort, name: LocalRedisResource.EndpointName, isProxied: false, env: "REDIS_PORT")
            .WithHealthCheck(healthCheckKey);
    }

    private static async Task<bool> AnswersAsync(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = 3000;
        try
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
            await redis.GetDatabase().PingAsync();
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return false;
        }
    }

    private static IResourceBuilder<LocalPostgresDatabaseResource> AddLocalDatabase(this IResourceBuilder<LocalPostgresServerResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        server.Resource.Databases.Add(database);

        var healthCheckKey = $"{name}-exists";
        string? connectionString = null;
        server.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(healthCheckKey, async cancellationToken =>
            connectionString is not null && await CanConnectAsync(connectionString, cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"Database {name} does not exist yet."));
        server.ApplicationBuilder.Eventing.Subscribe<ConnectionStringAvailableEvent>(database, async (_, cancellationToken) =>
            connectionString = await database.ConnectionStringExpression.GetValueAsync(cancellationToken));

        return server.ApplicationBuilder.AddResource(database).WithHealthCheck(healthCheckKey);
    }

    private static async Task CreateMissingDatabasesAsync(
        string connectionString, IEnumerable<LocalPostgresDatabaseResource> databases, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var database in databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database.DatabaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                // Database names are our own constants, never user input; identifiers cannot be parameters.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>An unpooled connection: a pooled one would keep PostgreSQL from stopping promptly.</summary>
    private static async Task<bool> CanConnectAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private static IResourceBuilder<IResourceWithConnectionString> Connection<T>(IResourceBuilder<T> builder) where T : IResourceWithConnectionString =>
        (IResourceBuilder<IResourceWithConnectionString>)builder;

    private static IResourceBuilder<IResource> Ready<T>(IResourceBuilder<T> builder) where T : IResource =>
        (IResourceBuilder<IResource>)builder;
}
