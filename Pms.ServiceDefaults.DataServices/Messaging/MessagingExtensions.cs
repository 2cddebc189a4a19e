using JasperFx;
using JasperFx.CodeGeneration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Pms.Contracts;
using Pms.Contracts.Events;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Kafka;
using Pms.ServiceDefaults.Messaging.DeadLetters;
using Wolverine;
using Wolverine.EntityFrameworkCore;
using Wolverine.ErrorHandling;
using Wolverine.Kafka;
using Wolverine.Postgresql;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>
/// The one messaging setup every service reuses: Wolverine with its EF Core outbox and
/// Postgres inbox on the service's own database, the Kafka transport, retries, and dead letters
/// kept in the service's database where an administrator replays or discards them.
/// </summary>
public static class MessagingExtensions
{
    public const string WolverineSchema = "wolverine";

    public static IHostApplicationBuilder AddMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        string databaseName,
        Action<WolverineOptions>? configureMessaging = null) where TDbContext : DbContext
    {
        builder.AddKafkaProducer();

        var databaseConnection = builder.Configuration.GetConnectionString(databaseName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{databaseName} is required.");
        var kafka = builder.Configuration.GetSection(KafkaClientOptions.SectionName).Get<KafkaClientOptions>() ?? new KafkaClientOptions();
        kafka.BootstrapServers = builder.Configuration.GetConnectionString(ResourceNames.Kafka)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ResourceNames.Kafka} is required.");
        var messaging = builder.Configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>() ?? new MessagingOptions();
        if (messaging.Contradiction() is { } contradiction)
        {
            throw new InvalidOperationException(contradiction);
        }

        builder.UseWolverine(options =>
        {
            options.ServiceName = serviceName;
            options.ApplicationAssembly = typeof(TDbContext).Assembly;

            // Handlers are generated ahead of time into the service's Internal/Generated folder
            // (tools/scripts/generate-message-handlers.sh): compiling them at start-up kept Roslyn and the JIT code of a
            // compilation in every service. A service whose generated handlers are missing refuses to start.
            options.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;

            // Topics belong to the platform (the embedded broker or the AppHost creates them), so
            // Wolverine builds only its own tables and never asks the broker to create topics.
            options.PersistMessagesWithPostgresql(PooledConnections.Tune(databaseConnection), WolverineSchema);
            options.AutoBuildMessageStorageOnStartup = AutoCreate.CreateOrUpdate;
            options.UseEntityFrameworkCoreTransactions();
            options.Policies.AutoApplyTransactions();
            options.Policies.UseDurableLocalQueues();
            options.Policies.UseDurableInboxOnAllListeners();
            options.Policies.UseDurableOutboxOnAllSendingEndpoints();
            options.Durability.StaleNodeTimeout = messaging.StaleNodeTimeout;

            // A restart of PostgreSQL can leave an envelope owned by a node that lives on but no longer holds it in
            // memory (the fault suite found such outbox rows unsent until the service restarted): release it after a while.
            options.Durability.OutboxStaleTime = messaging.StaleEnvelopeTime;
            options.Durability.InboxStaleTime = messaging.StaleEnvelopeTime;

            options.UseKafka(kafka.BootstrapServers)
                .ConfigureClient(kafka.ApplySecurityTo)
                .ConfigureProducers(kafka.ApplyTo)
                .ConfigureConsumers(consumer =>
                {
                    kafka.ApplyTo(consumer);
                    consumer.GroupId = serviceName;
                });

            // A failed attempt that a retry may still repair is a warning; a message that runs out of
            // retries is dead-lettered in the service's database (replayable), which Wolverine logs as an error.
            options.Policies.MessageFailureLogLevel(LogLevel.Warning);

            // Wolverine writes a line per message handled at Information by default: at rush-hour rates that is most of
            // what the services log, and the console writes cost CPU the requests need. Failures keep their lines.
            options.Policies.MessageSuccessLogLevel(LogLevel.Debug);
            options.Policies.AddMiddleware(typeof(EventOriginCheck));
            options.OnException<EventFromWrongTopicException>().MoveToErrorQueue();

            // A database that is restarting or recovering refuses every message alike, for as long as its recovery takes:
            // such failures wait longer than the general budget before a message is given up on.
            options.OnException(TransientDatabaseFailure.IsCause, "the database is unavailable for a while")
                .RetryWithCooldown([.. messaging.DatabaseUnavailableRetryDelays])
                .Then.MoveToErrorQueue();
            options.OnException<Exception>()
                .RetryWithCooldown([.. messaging.RetryDelays])
                .Then.MoveToErrorQueue();

            options.RoutePmsTopicsOf(serviceName, messaging);
            configureMessaging?.Invoke(options);
        });

        builder.Services.AddScoped<IDbContextOutbox<TDbContext>, OutboxSendingEverySave<TDbContext>>();
        builder.AddAuditTrail<TDbContext>(serviceName);

        // After Wolverine's own hosted service, so that its handler graph is complete.
        builder.Services.AddSingleton<MessageHandlerHealth>();
        builder.Services.AddHostedService<MessageHandlerWarmup>();
        builder.Services.AddHealthChecks().AddCheck<MessageHandlerHealth>("message-handlers");

        // Wolverine names its meter after the service ("Wolverine:patients"); its counters include dead letters.
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter("Wolverine*", DeadLetterMonitor.MeterName));
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource("Wolverine", KafkaTraceContext.ActivitySourceName));

        builder.Services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.SectionName);
        builder.Services.AddSingleton<DeadLetterStore>();
        builder.Services.AddSingleton<DeadLetterMonitor>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DeadLetterMonitor>());
        builder.Services.AddHealthChecks().AddCheck<DeadLetterMonitor>("dead-letters");
        builder.Services.AddHostedService<OverdueMessageMonitor<TDbContext>>();

        return builder;
    }

    /// <summary>
    /// The service's Kafka routes, as <see cref="Topics.Definitions"/> gives them: every event of a topic it produces goes
    /// there through the outbox, in batches of up to <see cref="MessagingOptions.SendBatchSize"/> gathered for at most
    /// <see cref="MessagingOptions.SendBatchWindow"/>; every topic it consumes is read durably (inbox first, offset
    /// committed after handling, failures to the service's dead letters).
    /// </summary>
    private static void RoutePmsTopicsOf(this WolverineOptions options, string serviceName, MessagingOptions messaging)
    {
        foreach (var topic in Topics.Definitions)
        {
            if (topic.Producers.Contains(serviceName))
            {
                foreach (var eventType in topic.Events)
                {
                    options.PublishMessage(eventType).ToKafkaTopic(topic.Name).ExternallyOwned().UseDurableOutbox()
                        .MessageBatchSize(messaging.SendBatchSize).MessageBatchTimeout(messaging.SendBatchWindow);
                }
            }

            if (topic.Consumers.Contains(serviceName))
            {
                options.ListenToKafkaTopic(topic.Name).ExternallyOwned().UseDurableInbox();
            }
        }
    }

    /// <summary>Publishes an integration event keyed by its subject, so one patient's events stay in order.</summary>
    public static ValueTask PublishEventAsync(this IMessageBus bus, IntegrationEvent integrationEvent) =>
        bus.PublishAsync(integrationEvent, new DeliveryOptions { PartitionKey = integrationEvent.Subject });

    /// <inheritdoc cref="OutboxSendingEverySave{TDbContext}.DiscardUnsavedAsync"/>
    public static Task DiscardUnsavedAsync<TDbContext>(this IDbContextOutbox<TDbContext> outbox) where TDbContext : DbContext =>
        outbox is OutboxSendingEverySave<TDbContext> ours
            ? ours.DiscardUnsavedAsync()
            : throw new InvalidOperationException($"The outbox is a {outbox.GetType().Name}, not the one the messaging defaults register.");
}
