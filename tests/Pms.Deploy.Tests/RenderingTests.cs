namespace Pms.Deploy.Tests;

/// <summary>kubectl kustomize renders a complete system, and every object is a valid Kubernetes object.</summary>
public sealed class RenderingTests(RenderedSystem system)
{
    public static TheoryData<string, int> Projects => new()
    {
        { ResourceNames.Gateway, ServicePorts.Gateway },
        { ResourceNames.Patients, ServicePorts.Patients },
        { ResourceNames.Billing, ServicePorts.Billing },
        { ResourceNames.Notifications, ServicePorts.Notifications },
        { ResourceNames.Auth, ServicePorts.Auth },
        { ResourceNames.Audit, ServicePorts.Audit },
        { ResourceNames.Web, ServicePorts.Web },
    };

    [Fact]
    public void EveryRenderedObjectDeserialisesIntoTheKubernetesModels()
    {
        var strict = KubernetesYaml.LoadAllFromString(system.Yaml, strict: true);

        Assert.Equal(system.DocumentCount, strict.Count);
        Assert.All(strict, item => Assert.IsAssignableFrom<IKubernetesObject<V1ObjectMeta>>(item));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryProjectRunsAsADeploymentBehindAServiceOnItsSeedPortAndScalesOut(string name, int port)
    {
        var deployment = system.Named<V1Deployment>(name);
        var service = system.Named<V1Service>(name);
        var autoscaler = system.Named<V2HorizontalPodAutoscaler>(name);

        Assert.StartsWith($"pms/{name}:", Assert.Single(deployment.Spec.Template.Spec.Containers).Image, StringComparison.Ordinal);
        Assert.Equal(port, Assert.Single(service.Spec.Ports).Port);
        Assert.Equal(port, Assert.Single(deployment.Spec.Template.Spec.Containers[0].Ports).ContainerPort);
        Assert.Equal(name, autoscaler.Spec.ScaleTargetRef.Name);
        Assert.Equal((2, 6), (autoscaler.Spec.MinReplicas, autoscaler.Spec.MaxReplicas));
    }

    [Theory]
    [InlineData(ResourceNames.Postgres)]
    [InlineData(ResourceNames.Kafka)]
    [InlineData(ResourceNames.Redis)]
    public void PostgresKafkaAndRedisAreSingleStatefulSetsWithAPersistentVolume(string name)
    {
        var statefulSet = system.Named<V1StatefulSet>(name);

        Assert.Equal(1, statefulSet.Spec.Replicas);
        var volume = Assert.Single(statefulSet.Spec.VolumeClaimTemplates);
        Assert.Contains(statefulSet.Spec.Template.Spec.Containers[0].VolumeMounts, mount => mount.Name == volume.Metadata.Name);
    }

    [Fact]
    public void EveryServiceConnectsAsItsDatabasesOwnerAndOnlyPostgresAndItsJobReadTheSuperusersPassword()
    {
        var services = new Dictionary<string, string>
        {
            [ResourceNames.Auth] = ResourceNames.AuthDatabase,
            [ResourceNames.Patients] = ResourceNames.PatientDatabase,
            [ResourceNames.Billing] = ResourceNames.BillingDatabase,
            [ResourceNames.Notifications] = ResourceNames.NotificationDatabase,
            [ResourceNames.Audit] = ResourceNames.AuditDatabase,
        };
        var script = Assert.Single(system.OfKind<V1ConfigMap>(), map => map.Metadata.Name.StartsWith("postgres-owners", StringComparison.Ordinal)).Data.Values.Single();
        foreach (var (service, database) in services)
        {
            var variables = Assert.Single(system.Named<V1Deployment>(service).Spec.Template.Spec.Containers).Env.ToDictionary(variable => variable.Name);
            var secretVariable = $"PMS_SECRET_{database.ToUpperInvariant()}_PASSWORD";
            Assert.Equal($"Host=postgres;Port={ServicePorts.Postgres};Username={database};Password=$({secretVariable});Database={database}",
                variables[$"ConnectionStrings__{database}"].Value);
            Assert.Equal($"{database}-password", variables[secretVariable].ValueFrom.SecretKeyRef.Key);
            Assert.Contains($"format('CREATE DATABASE %I OWNER %I', '{database}', '{database}')", script, StringComparison.Ordinal);
        }

        var readers = system.PodTemplates
            .Where(pod => pod.Template.Spec.Containers.SelectMany(container => container.Env ?? []).Any(variable => variable.ValueFrom?.SecretKeyRef?.Key == "postgres-password"))
            .Select(pod => pod.Name);
        Assert.Equal([ResourceNames.Postgres, "postgres-owners"], readers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RedisAsksForItsPasswordAndOnlyTheWebTheRateLimitersAndTheWaitingRoomReachIt()
    {
        var redis = Assert.Single(system.Named<V1StatefulSet>(ResourceNames.Redis).Spec.Template.Spec.Containers);
        var web = Assert.Single(system.Named<V1Deployment>(ResourceNames.Web).Spec.Template.Spec.Containers).Env.ToDictionary(variable => variable.Name);

        Assert.Equal(["/bin/sh"], redis.Command);
        Assert.Contains("--requirepass $REDIS_PASSWORD", redis.Args[^1], StringComparison.Ordinal);
        Assert.Equal($"{ResourceNames.Redis}:{ServicePorts.Redis},password=$(PMS_SECRET_REDIS_PASSWORD)", web[$"ConnectionStrings__{ResourceNames.Redis}"].Value);
        var readers = system.PodTemplates
            .Where(pod => pod.Template.Spec.Containers.SelectMany(container => container.Env ?? []).Any(variable => variable.ValueFrom?.SecretKeyRef?.Key == "redis-password"))
            .Select(pod => pod.Name);
        Assert.Equal([ResourceNames.Auth, ResourceNames.Gateway, ResourceNames.Patients, ResourceNames.Redis, ResourceNames.Web], readers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheIngressSendsTheApiToTheGatewayAndEverythingElseToTheWebFrontEnd()
    {
        var ingress = Assert.Single(system.OfKind<V1Ingress>());

        var rule = Assert.Single(ingress.Spec.Rules);
        var backends = rule.Http.Paths.ToDictionary(path => path.Path, path => path.Backend.Service.Name);
        Assert.Equal(ResourceNames.Gateway, backends["/api"]);
        Assert.Equal(ResourceNames.Gateway, backends["/.well-known"]);
        Assert.Equal(ResourceNames.Web, backends["/"]);
        Assert.Equal(rule.Host, Assert.Single(Assert.Single(ingress.Spec.Tls).Hosts));
        Assert.DoesNotContain(system.OfKind<V1ConfigMap>(), map => map.Metadata.Name.StartsWith("pms-ingress", StringComparison.Ordinal));
    }
}
