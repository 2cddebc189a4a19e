using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pms.Contracts;
using Pms.Patients.Infrastructure;
using Pms.Patients.Services;
using Pms.ServiceDefaults.ServiceIdentity;
using Pms.Testing;
using Wolverine;

namespace Pms.Patients.Tests.Infrastructure;

/// <summary>
/// patient-service in memory on its own database of the tests' PostgreSQL server, with Kafka
/// replaced by Wolverine's stub transports and tokens signed by <see cref="TestTokens"/>.
/// </summary>
public sealed class PatientsApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string _connectionString = "";

    /// <summary>The service's JSON: web defaults with enums as names.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public PostgresServer Postgres { get; } = new();

    public FakeBilling Billing { get; } = new();

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

    public PatientDbContext Db() => new(new DbContextOptionsBuilder<PatientDbContext>().UseNpgsql(_connectionString).Options);

    protected override IHost CreateHost(IHostBuilder builder)
    {
        Host = base.CreateHost(builder);
        return Host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseEnvironment("Production")
            .UseSetting($"ConnectionStrings:{ResourceNames.PatientDatabase}", _connectionString)
            .UseSetting($"ConnectionStrings:{ResourceNames.Kafka}", "127.0.0.1:9")
            .UseSetting("ServiceIdentity:ClientId", "patients")
            .UseSetting("ServiceIdentity:ClientSecret", "not-used-by-these-tests")
            .UseSetting("Appointments:DefaultTimeZone", "Europe/London")
            .UseSetting("RegistrationFees:RetryInterval", "00:00:00.200")
            .ConfigureTestServices(services =>
            {
                services.DisableAllExternalWolverineTransports();

                // The Service token comes from auth-service, which these tests do not run.
                services.AddHttpClient<BillingFeeClient>()
                    .ConfigurePrimaryHttpMessageHandler(() => Billing)
                    .ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
                    {
                        foreach (var tokenHandler in handlers.OfType<ServiceTokenHandler>().ToList())
                        {
                            handlers.Remove(tokenHandler);
                        }
                    });
                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
                    options => options.TokenValidationParameters.IssuerSigningKey = TestTokens.SigningKey);
            });
}
