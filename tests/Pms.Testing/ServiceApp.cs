using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pms.Contracts;
using Wolverine;
using Wolverine.Tracking;
using Xunit;

namespace Pms.Testing;

/// <summary>
/// A PMS service in memory on its own database of the tests' PostgreSQL server, with Kafka
/// replaced by Wolverine's stub transports and tokens signed by <see cref="TestTokens"/>.
/// </summary>
public abstract class ServiceApp<TProgram, TContext>(ThrowawayPostgres<TContext> postgres, string databaseResource)
    : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
    where TContext : DbContext
{
    private readonly SemaphoreSlim _tracking = new(1, 1);
    private string _connectionString = "";

    public ThrowawayPostgres<TContext> Postgres { get; } = postgres;

    /// <summary>The started host, for Wolverine's message tracking.</summary>
    public IHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Postgres.InitializeAsync();
        try
        {
            _connectionString = await Postgres.CreateMigratedDatabaseAsync();
            _ = Server;
        }
        catch
        {
            // xUnit does not dispose a fixture whose start failed: its PostgreSQL server would outlive the run.
            await Postgres.DisposeAsync();
            throw;
        }
    }

    public new async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        _tracking.Dispose();
        await base.DisposeAsync();
        await Postgres.DisposeAsync();
    }

    public HttpClient ClientFor(Guid userId, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(userId, roles));
        return client;
    }

    /// <summary>A client calling as the service <paramref name="clientId"/> does, with that client's scopes.</summary>
    public HttpClient ServiceClientFor(string clientId)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.ForService(clientId));
        return client;
    }

    /// <summary>
    /// What the host sent while <paramref name="action"/> ran, including what its outbox sent on afterwards: audit records
    /// of answers are committed before the answer leaves but sent after it, and a tracked session does not wait for that.
    /// What earlier, untracked requests left in the outbox is sent before the session starts, so it cannot appear in it.
    /// </summary>
    public async Task<ITrackedSession> TrackAsync(Func<Task> action)
    {
        // A host tracks one session at a time: a second one started meanwhile would take the first one's records.
        await _tracking.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            await OutboxSentAsync();
            return await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
            {
                await action();
                await OutboxSentAsync();
            }));
        }
        finally
        {
            _tracking.Release();
        }
    }

    public TContext Db() =>
        (TContext)Activator.CreateInstance(typeof(TContext), new DbContextOptionsBuilder<TContext>().UseNpgsql(_connectionString).Options)!;

    /// <summary>
    /// Waits until the outbox table is empty, and fails when it does not empty within 10 s: a message committed but never
    /// handed to its sender waits there for a minute, until Wolverine releases it as stale, and only that fallback would send it.
    /// </summary>
    private async Task OutboxSentAsync()
    {
        await using var db = Db();
        var unsent = db.Database.SqlQuery<string>($"SELECT message_type AS \"Value\" FROM wolverine.wolverine_outgoing_envelopes");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await unsent.ToListAsync(TestContext.Current.CancellationToken) is { Count: > 0 } left)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The outbox still holds {string.Join(", ", left)} after 10 s: committed but never sent.");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        // The sender deletes a sent envelope's row a moment before it reports the send to the tracked session;
        // on a loaded machine that moment has exceeded 200 ms.
        await Task.Delay(500, TestContext.Current.CancellationToken);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        Host = base.CreateHost(builder);
        return Host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder
            .UseEnvironment("Production")
            .UseSetting($"ConnectionStrings:{databaseResource}", _connectionString)
            .UseSetting($"ConnectionStrings:{ResourceNames.Kafka}", KafkaBootstrapServers ?? "127.0.0.1:9")
            .UseSetting($"ConnectionStrings:{ResourceNames.Redis}", ThrowawayRedis.Shared.ConnectionString)
            .ConfigureTestServices(services =>
            {
                if (KafkaBootstrapServers is null)
                {
                    services.DisableAllExternalWolverineTransports();
                }

                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
                    options => options.TokenValidationParameters.IssuerSigningKey = TestTokens.SigningKey);
                ConfigureTestServices(services);
            });
        Configure(builder);
    }

    /// <summary>A broker the service really talks to; without one, Kafka is replaced by Wolverine's stub transports.</summary>
    protected virtual string? KafkaBootstrapServers => null;

    /// <summary>Settings of the one service under test.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>Services of the one service under test, replaced for the tests.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }
}
