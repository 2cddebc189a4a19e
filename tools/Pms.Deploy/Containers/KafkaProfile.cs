using k8s.Models;
using Pms.Contracts;
using Pms.Deploy.Images;
using Pms.Deploy.Output;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Containers;

/// <summary>
/// Apache Kafka as one KRaft node (user appuser, 1000). Its start script writes its configuration
/// into the image, so the root filesystem stays writable. Clients sign in (SASL/SCRAM, set up by the AppHost);
/// a Job creates PMS's topics, a user per service and the ACLs (<see cref="KafkaSetupScript"/>).
/// </summary>
public sealed class KafkaProfile : ContainerProfile
{
    public const string SetupScriptFile = "kafka-setup.sh";
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
        // A topic created by any other means than the setup Job gets the same partitions.
        ["KAFKA_NUM_PARTITIONS"] = Topics.PartitionCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public override string Note =>
        """
        Kafka in the cluster: a single KRaft node (broker and controller) with its log on a persistent
        volume. Services sign in with SASL/SCRAM-SHA-512 as a user named after the service (passwords
        kafka-<service>-password in secrets.env) and may only write the topics they produce and read those
        they consume; the container sets the administrator's password (kafka-admin-password) at every
        start, and the kafka-setup Job signs in as it to create the topics, the users and their ACLs
        (kafka-setup.sh). For TLS under the sign-ins, add components/kafka-tls to your overlay. To use a
        managed Kafka instead, remove "kafka" from the root kustomization's resources, run what
        kafka-setup.sh does there, and patch ConnectionStrings__kafka of each service to its bootstrap
        servers (and Kafka__SecurityProtocol to SaslSsl, with Kafka__SslCaLocation, if it requires TLS).
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
        new Dictionary<string, string> { [SetupJobName(context)] = $"{{{context.Name}.connectionString}}" };

    public override void AddCompanions(ContainerContext context, ResourceFolder folder, V1PodSpec pod)
    {
        var configMap = SetupJobName(context);
        folder.AddConfigMapFile(configMap, SetupScriptFile, KafkaSetupScript.Write());
        folder.AddObject("job.yaml", SetupJob(context, configMap));
    }

    public static string SetupJobName(string kafka) => $"{kafka}-setup";

    private static string SetupJobName(ContainerContext context) => SetupJobName(context.Name);

    private V1Job SetupJob(ContainerContext context, string configMap)
    {
        var variables = new Dictionary<string, string>
        {
            [KafkaSetupScript.BootstrapServersVariable] = context.Resource.ConnectionString
                ?? throw new InvalidOperationException($"{context.Name} has no connection string."),
            [KafkaSetupScript.AdministratorPasswordVariable] = $"{{{KafkaUsers.PasswordParameter(KafkaUsers.Administrator)}.value}}",
            ["KAFKA_HEAP_OPTS"] = "-Xmx256m",
            ["LOG_DIR"] = DeploymentNames.TempPath + "/logs",
        };
        foreach (var user in KafkaUsers.Services)
        {
            variables[KafkaSetupScript.PasswordVariable(user)] = $"{{{KafkaUsers.PasswordParameter(user)}.value}}";
        }

        var environment = WorkloadEnvironmentBuilder.Build(variables, context.Resolver);
        const string scripts = "/scripts";
        return CompanionJob.Build(SetupJobName(context), UserId, new V1Container
        {
            Name = "kafka-setup",
            Image = context.Image.ToString(),
            Command = ["/bin/bash", $"{scripts}/{SetupScriptFile}"],
            Env =
            [
                .. environment.Settings.Select(setting => new V1EnvVar { Name = setting.Key, Value = setting.Value }),
                .. environment.SecretVariables,
            ],
        }, JobSizing, (
            new V1VolumeMount { Name = "scripts", MountPath = scripts, ReadOnlyProperty = true },
            new V1Volume { Name = "scripts", ConfigMap = new V1ConfigMapVolumeSource { Name = configMap } }));
    }
}
