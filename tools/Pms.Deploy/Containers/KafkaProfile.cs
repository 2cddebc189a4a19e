using k8s.Models;
using Pms.Contracts;
using Pms.Deploy.Images;
using Pms.Deploy.Output;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Containers;

/// <summary>
/// Apache Kafka as one KRaft node (user appuser, 1000). Its start script writes its configuration
/// into the image, so the root filesystem stays writable. A Job creates PMS's topics, as the
/// AppHost does when it runs Kafka itself.
/// </summary>
public sealed class KafkaProfile : ContainerProfile
{
    private const string DataRoot = "/var/lib/kafka";
    private static readonly ResourceSizing JobSizing = new("100m", "256Mi", "500m", "512Mi");

    public override long UserId => 1000;

    public override bool ReadOnlyRootFilesystem => false;

    public override ResourceSizing Sizing { get; } = new("250m", "1Gi", "2", "1536Mi");

    public override string? DataPath => DataRoot;

    public override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        // A folder below the mount point: a fresh volume's lost+found is no log directory.
        ["KAFKA_LOG_DIRS"] = DataRoot + "/data",
        ["KAFKA_HEAP_OPTS"] = "-Xms768m -Xmx768m",
        // A topic a client creates before the topics Job ran gets the same partitions.
        ["KAFKA_NUM_PARTITIONS"] = Topics.PartitionCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public override string Note =>
        """
        Kafka in the cluster: a single KRaft node (broker and controller) with its log on a persistent
        volume; the kafka-topics Job creates PMS's topics. To use a managed Kafka instead, remove "kafka"
        from the root kustomization's resources, create the topics named in job.yaml there, and patch
        ConnectionStrings__kafka of each service to its bootstrap servers.
        """;

    public override bool Matches(ContainerImage image) => image.Repository.EndsWith("apache/kafka", StringComparison.Ordinal);

    public override ContainerProbes Probes(ContainerContext context)
    {
        var port = context.Resource.Bindings.Keys.Single();
        return new ContainerProbes(
            Probe.Tcp(port, periodSeconds: 5, failureThreshold: 60),
            Probe.Tcp(port, periodSeconds: 10, failureThreshold: 6),
            Probe.Tcp(port, periodSeconds: 10, failureThreshold: 3));
    }

    public override IReadOnlyDictionary<string, string> CompanionClients(ContainerContext context) =>
        new Dictionary<string, string> { [TopicsJobName(context)] = $"{{{context.Name}.connectionString}}" };

    public override void AddCompanions(ContainerContext context, ResourceFolder folder, V1PodSpec pod) =>
        folder.AddObject("job.yaml", TopicsJob(context));

    private static string TopicsJobName(ContainerContext context) => $"{context.Name}-topics";

    private V1Job TopicsJob(ContainerContext context)
    {
        var name = TopicsJobName(context);
        var bootstrapServers = context.Resolver.Resolve(context.Resource.ConnectionString
            ?? throw new InvalidOperationException($"{context.Name} has no connection string.")).Text;
        var script =
            $"""
            set -e
            for topic in {string.Join(' ', Topics.All)}; do
              /opt/kafka/bin/kafka-topics.sh --bootstrap-server {bootstrapServers} --create --if-not-exists --topic "$topic" --partitions {Topics.PartitionCount} --replication-factor 1
            done
            """;
        return CompanionJob.Build(name, UserId, new V1Container
        {
            Name = "create-topics",
            Image = context.Image.ToString(),
            Command = ["/bin/sh", "-c", script],
            Env =
            [
                new V1EnvVar { Name = "KAFKA_HEAP_OPTS", Value = "-Xmx256m" },
                new V1EnvVar { Name = "LOG_DIR", Value = DeploymentNames.TempPath + "/logs" },
            ],
        }, JobSizing);
    }
}
