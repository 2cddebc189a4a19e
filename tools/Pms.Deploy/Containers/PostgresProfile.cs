using System.Globalization;
using k8s.Models;
using Pms.Deploy.Images;
using Pms.Deploy.Manifest;
using Pms.Deploy.Output;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Containers;

/// <summary>The official PostgreSQL image as user postgres (999); it creates the services' databases when it first initialises.</summary>
public sealed class PostgresProfile : ContainerProfile
{
    private const string InitScriptsPath = "/docker-entrypoint-initdb.d";
    private const string InitVolume = "init-scripts";

    public override long UserId => 999;

    public override bool ReadOnlyRootFilesystem => true;

    /// <summary>Besides its data volume, PostgreSQL writes only its socket folder and temporary files.</summary>
    public override IReadOnlyList<string> ScratchPaths => [DeploymentNames.TempPath, "/var/run/postgresql"];

    public override ResourceSizing Sizing { get; } = new("250m", "512Mi", "2", "2Gi");

    public override string Note =>
        """
        PostgreSQL in the cluster: one instance with its data on a persistent volume; the databases are
        created when the volume is first initialised. To use a managed PostgreSQL instead, remove
        "postgres" from the root kustomization's resources, create the databases listed in
        create-databases.sql there, and patch ConnectionStrings__<database> (and the <DATABASE>_* variables)
        of each service to its host; postgres-password in secrets.env is then that server's password.
        """;

    public override bool Matches(ContainerImage image) =>
        image.Repository == "postgres" || image.Repository.EndsWith("/postgres", StringComparison.Ordinal);

    public override ContainerProbes Probes(ContainerContext context)
    {
        var port = context.Resource.Bindings.Single();
        var ready = new List<string>
        {
            "pg_isready", "--host", "127.0.0.1", "--port", port.Value.ContainerPort.ToString(CultureInfo.InvariantCulture),
        };
        return new ContainerProbes(
            Probe.Tcp(port.Key, periodSeconds: 5, failureThreshold: 60),
            Probe.Tcp(port.Key, periodSeconds: 10, failureThreshold: 6),
            Probe.Command(ready, periodSeconds: 10, failureThreshold: 3));
    }

    public override void AddCompanions(ContainerContext context, ResourceFolder folder, V1PodSpec pod)
    {
        var configMap = $"{context.Name}-init";
        var databases = DatabasesOf(context);
        folder.AddConfigMapFile(configMap, "create-databases.sql",
            string.Concat(databases.Select(database => $"CREATE DATABASE \"{database}\";\n")));

        pod.Volumes.Add(new V1Volume { Name = InitVolume, ConfigMap = new V1ConfigMapVolumeSource { Name = configMap } });
        pod.Containers[0].VolumeMounts.Add(new V1VolumeMount { Name = InitVolume, MountPath = InitScriptsPath, ReadOnlyProperty = true });
    }

    /// <summary>The databases the AppHost adds to this server: values whose connection string extends the server's.</summary>
    private static IEnumerable<string> DatabasesOf(ContainerContext context)
    {
        var prefix = $"{{{context.Name}.connectionString}};Database=";
        return context.Manifest.OfType(ResourceTypes.Value)
            .Select(value => value.Value.ConnectionString)
            .Where(connectionString => connectionString?.StartsWith(prefix, StringComparison.Ordinal) == true)
            .Select(connectionString => connectionString![prefix.Length..]);
    }
}
