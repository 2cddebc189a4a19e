using Pms.Testing;
using Pms.AppHost.Infrastructure.Containers;
using Pms.AppHost.Infrastructure.Local;

namespace Pms.AppHost.Tests;

/// <summary>The application model in each mode, built but not started.</summary>
public sealed class CompositionTests
{
    public static TheoryData<string> Modes => ["Local", "Containers"];

    /// <summary>
    /// Addresses handed over without waiting, since waiting would be a cycle: the payment sandbox posts its webhooks to
    /// the gateway (and retries them until answered), billing names the web page the provider sends browsers back to,
    /// and auth the web page its password-reset links open.
    /// </summary>
    private static readonly HashSet<(string Project, string Address)> AddressesOnly =
        [(ResourceNames.Payments, ResourceNames.Gateway), (ResourceNames.Billing, ResourceNames.Web), (ResourceNames.Auth, ResourceNames.Web)];

    [TimedTheory]
    [MemberData(nameof(Modes))]
    public async Task EveryProjectHasAHealthCheckAndWaitsForWhatItReferences(string mode)
    {
        var model = await BuildModelAsync(mode);

        foreach (var project in model.OfType<ProjectResource>())
        {
            Assert.True(project.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _), $"{project.Name} has no health check.");

            var waitedFor = project.Annotations.OfType<WaitAnnotation>().Select(wait => wait.Resource.Name).ToHashSet();
            foreach (var reference in project.Annotations.OfType<ResourceRelationshipAnnotation>().Where(relation => relation.Type == "Reference"))
            {
                var dependency = reference.Resource is ConnectionStringResource or ParameterResource ? null : reference.Resource.Name;
                Assert.True(dependency is null || waitedFor.Contains(dependency) || AddressesOnly.Contains((project.Name, dependency)),
                    $"{project.Name} references {dependency} without waiting for it.");
            }
        }
    }

    [TimedTheory]
    [MemberData(nameof(Modes))]
    public async Task TheServicesListenOnTheirSeedPorts(string mode)
    {
        var model = await BuildModelAsync(mode);

        Assert.Equal(ServicePorts.Patients, HttpPort(model, ResourceNames.Patients));
        Assert.Equal(ServicePorts.Billing, HttpPort(model, ResourceNames.Billing));
        Assert.Equal(ServicePorts.Notifications, HttpPort(model, ResourceNames.Notifications));
        Assert.Equal(ServicePorts.Auth, HttpPort(model, ResourceNames.Auth));
        Assert.Equal(ServicePorts.Audit, HttpPort(model, ResourceNames.Audit));
        Assert.Equal(ServicePorts.Gateway, HttpPort(model, ResourceNames.Gateway));
        Assert.Equal(ServicePorts.Web, HttpPort(model, ResourceNames.Web));
    }

    [TimedFact]
    public async Task LocalModeRunsPostgresAndRedisFromTheMachineWithOneDatabasePerService()
    {
        var model = await BuildModelAsync("Local");

        var redis = Assert.Single(model.OfType<LocalRedisResource>());
        Assert.Equal(ResourceNames.Redis, redis.Name);
        Assert.True(redis.Password.Secret);

        var server = Assert.Single(model.OfType<LocalPostgresServerResource>());
        Assert.Equal(
            [ResourceNames.AuthDatabase, ResourceNames.PatientDatabase, ResourceNames.BillingDatabase, ResourceNames.NotificationDatabase,
                ResourceNames.AuditDatabase],
            server.Databases.Select(database => database.Name));
        Assert.DoesNotContain(model, resource => resource is ContainerResource);
    }

    [TimedFact]
    public async Task ContainerModeUsesPostgresKafkaMailAndRedisContainers()
    {
        var model = await BuildModelAsync("Containers");

        Assert.Single(model.OfType<PostgresServerResource>());
        Assert.Equal(5, model.OfType<PostgresDatabaseResource>().Count());
        Assert.Single(model.OfType<KafkaServerResource>());
        Assert.Single(model.OfType<MailCatcherResource>());
        Assert.Single(model.OfType<RedisResource>());
        Assert.DoesNotContain(model, resource => resource is LocalPostgresServerResource or LocalRedisResource);
    }

    [TimedFact]
    public async Task SecretsAreSecretParameters()
    {
        var model = await BuildModelAsync("Local");

        foreach (var name in new[] { "postgres-password", "redis-password", "admin-password", "auth-signing-key" })
        {
            var parameter = Assert.Single(model.OfType<ParameterResource>(), candidate => candidate.Name == name);
            Assert.True(parameter.Secret, $"{name} is not secret.");
        }
    }

    [TimedFact]
    public async Task ARunStartsTheReplicasAskedForEachServiceOrAll()
    {
        var model = await BuildModelAsync("Local", "--Pms:Replicas=2", "--Pms:Replicas:web=3");

        int Replicas(string name) =>
            model.OfType<ProjectResource>().Single(project => project.Name == name).Annotations.OfType<ReplicaAnnotation>().SingleOrDefault()?.Replicas ?? 1;
        Assert.Equal(3, Replicas(ResourceNames.Web));
        Assert.All(new[] { ResourceNames.Auth, ResourceNames.Patients, ResourceNames.Billing, ResourceNames.Notifications, ResourceNames.Audit, ResourceNames.Gateway },
            name => Assert.Equal(2, Replicas(name)));
        Assert.Equal(1, Replicas("kafka-broker"));
    }

    [TimedFact]
    public async Task AReplicaCountThatIsNoWholeNumberStopsTheRun()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => BuildModelAsync("Local", "--Pms:Replicas=two"));

        Assert.Contains("Pms:Replicas", refused.Message, StringComparison.Ordinal);
    }

    private static int? HttpPort(IEnumerable<IResource> model, string name) =>
        model.OfType<ProjectResource>().Single(project => project.Name == name)
            .Annotations.OfType<EndpointAnnotation>().Single(endpoint => endpoint.Name == "http").Port;

    private static async Task<IReadOnlyList<IResource>> BuildModelAsync(string mode, params string[] arguments)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Pms_AppHost>(
            [$"--Pms:Infrastructure={mode}", .. arguments], TestContext.Current.CancellationToken);
        return [.. builder.Resources];
    }
}
