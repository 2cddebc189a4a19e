using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Pms.Contracts;
using Pms.Notifications.Infrastructure;
using Pms.Testing;

namespace Pms.Notifications.Tests.Infrastructure;

/// <summary>
/// notification-service in memory, on a database of its own, with these settings and services besides its
/// defaults, on a real Kafka broker when given one; nothing is ever sent to its mail server.
/// </summary>
public sealed class NotificationsApp(
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? addServices = null,
    string? kafkaBootstrapServers = null)
    : ServiceApp<Program, NotificationDbContext>(new PostgresServer(), ResourceNames.NotificationDatabase)
{
    protected override string? KafkaBootstrapServers => kafkaBootstrapServers;

    /// <summary>What the service logged.</summary>
    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Mail}", "smtp://127.0.0.1:9");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddFakeLogging();
        addServices?.Invoke(services);
    }
}
