using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pms.Billing.Infrastructure;
using Pms.Contracts;
using Pms.Testing;
using Wolverine;

namespace Pms.Billing.Tests.Infrastructure;

/// <summary>
/// billing-service in memory on its own database of the tests' PostgreSQL server, with Kafka
/// replaced by Wolverine's stub transports and tokens signed by <see cref="TestTokens"/>.
/// </summary>
public sealed class BillingApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string _connectionString = "";

    public PostgresServer Postgres { get; } = new();

    /// <summary>The started host, for Wolverine's message tracking.</summary>
    public IHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Postgres.InitializeAsync();
        _connectionString = await Postgres.CreateMigratedDatabaseAsync();
        _ = Server;
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Postgres.DisposeAsync();
    }

    public HttpClient ClientFor(Guid userId, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(userId, roles));
        return client;
    }

    public BillingDbContext Db() => new(new DbContextOptionsBuilder<BillingDbContext>().UseNpgsql(_connectionString).Options);

    protected override IHost CreateHost(IHostBuilder builder)
    {
        Host = base.CreateHost(builder);
        return Host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseEnvironment("Production")
            .UseSetting($"ConnectionStrings:{ResourceNames.BillingDatabase}", _connectionString)
            .UseSetting($"ConnectionStrings:{ResourceNames.Kafka}", "127.0.0.1:9")
            .ConfigureTestServices(services =>
            {
                services.DisableAllExternalWolverineTransports();
                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
                    options => options.TokenValidationParameters.IssuerSigningKey = TestTokens.SigningKey);
            });
}
