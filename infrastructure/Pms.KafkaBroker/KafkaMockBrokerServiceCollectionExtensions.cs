using Pms.KafkaBroker.Faults;

namespace Pms.KafkaBroker;

public static class KafkaMockBrokerServiceCollectionExtensions
{
    public static IServiceCollection AddKafkaMockBroker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BrokerOptions>()
            .Bind(configuration.GetSection(BrokerOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<MockBrokerService>();
        services.AddHostedService(provider => provider.GetRequiredService<MockBrokerService>());
        services.AddSingleton<BrokerFaults>();
        services.AddSingleton(TimeProvider.System);

        // A singleton, so every probe reuses one admin client and its broker connection.
        services.AddSingleton<KafkaHealthCheck>();
        services.AddHealthChecks().AddCheck<KafkaHealthCheck>("kafka");

        return services;
    }
}
