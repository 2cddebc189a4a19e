using System.Globalization;
using System.Text.RegularExpressions;
using k8s.Models;
using Pms.Deploy.Images;
using Pms.Deploy.Manifest;
using Pms.Deploy.Output;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Containers;

/// <summary>
/// The official PostgreSQL image as user postgres (999). A Job beside it gives every service's database its owner
/// role, so no service connects as the superuser (<see cref="OwnersScript"/>).
/// </summary>
public sealed partial class PostgresProfile : ContainerProfile
{
    public const string OwnersScriptFile = "database-owners.sql";
    private static readonly ResourceSizing JobSizing = new("50m", "64Mi", "500m", "128Mi");

    public override long UserId => 999;

    public override bool ReadOnlyRootFilesystem => true;

    /// <summary>Besides its data volume, PostgreSQL writes only its socket folder and temporary files.</summary>
    public override IReadOnlyList<string> ScratchPaths => [DeploymentNames.TempPath, "/var/run/postgresql"];

    public override ResourceSizing Sizing { get; } = new("250m", "512Mi", "2", "2Gi");

    public override string Note =>
        """
        PostgreSQL in the cluster: one instance with its data on a persistent volume. The postgres-owners Job
        creates each service's database and its owner role (passwords <database>-password in secrets.env);
        delete the finished Job before applying again to run it again. To use a managed PostgreSQL instead,
        delete this StatefulSet and the Service in an overlay, patch PGHOST, PGPORT and PGUSER of the Job and
        the Host and Port of each service's ConnectionStrings__<database> to that server, and allow egress to
        it in the network policies; postgres-password is then its administrator's password (CREATEROLE and
        CREATEDB suffice), which only the Job uses.
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

    public override IReadOnlyDictionary<string, string> CompanionClients(ContainerContext context) =>
        new Dictionary<string, string> { [OwnersJobName(context)] = $"{{{context.Name}.bindings.{context.Resource.Bindings.Keys.Single()}.host}}" };

    public override void AddCompanions(ContainerContext context, ResourceFolder folder, V1PodSpec pod)
    {
        var databases = OwnedDatabases(context).ToList();
        var configMap = $"{context.Name}-owners";
        folder.AddConfigMapFile(configMap, OwnersScriptFile, OwnersScript.Write(databases));
        folder.AddObject("job.yaml", OwnersJob(context, databases, configMap));
    }

    private static string OwnersJobName(ContainerContext context) => $"{context.Name}-owners";

    /// <summary>The databases the AppHost gives its services on this server: each with its owner role and that role's secret password.</summary>
    private static IEnumerable<OwnedDatabase> OwnedDatabases(ContainerContext context) =>
        context.Manifest.OfType(ResourceTypes.Value)
            .Select(value => OwnedDatabaseConnection().Match(value.Value.ConnectionString ?? ""))
            .Where(match => match.Success && match.Groups["server"].Value == context.Name)
            .Select(match => new OwnedDatabase(match.Groups["database"].Value, match.Groups["role"].Value, match.Groups["password"].Value));

    private V1Job OwnersJob(ContainerContext context, IReadOnlyList<OwnedDatabase> databases, string configMap)
    {
        var name = OwnersJobName(context);
        var binding = context.Resource.Bindings.Keys.Single();
        var variables = new Dictionary<string, string>
        {
            ["PGHOST"] = $"{{{context.Name}.bindings.{binding}.host}}",
            ["PGPORT"] = $"{{{context.Name}.bindings.{binding}.port}}",
            ["PGDATABASE"] = "postgres",
            ["PGUSER"] = context.Resource.Env.GetValueOrDefault("POSTGRES_USER", "postgres"),
            ["PGPASSWORD"] = context.Resource.Env["POSTGRES_PASSWORD"],
        };
        foreach (var database in databases)
        {
            variables[OwnersScript.PasswordVariable(database)] = $"{{{database.PasswordParameter}.value}}";
        }

        var environment = WorkloadEnvironmentBuilder.Build(variables, context.Resolver);
        const string scripts = "/scripts";
        return CompanionJob.Build(name, UserId, new V1Container
        {
            Name = "database-owners",
            Image = context.Image.ToString(),
            Command = ["psql", "--no-psqlrc", "--set", "ON_ERROR_STOP=1", "--file", $"{scripts}/{OwnersScriptFile}"],
            Env =
            [
                .. environment.Settings.Select(setting => new V1EnvVar { Name = setting.Key, Value = setting.Value }),
                .. environment.SecretVariables,
            ],
        }, JobSizing, (
            new V1VolumeMount { Name = "scripts", MountPath = scripts, ReadOnlyProperty = true },
            new V1Volume { Name = "scripts", ConfigMap = new V1ConfigMapVolumeSource { Name = configMap } }));
    }

    [GeneratedRegex(@"^Host=\{(?<server>[^.{}]+)\.bindings\.[^.{}]+\.host\};Port=\{[^{}]+\};Username=(?<role>[^;]+);Password=\{(?<password>[^.{}]+)\.value\};Database=(?<database>[^;]+)$")]
    private static partial Regex OwnedDatabaseConnection();
}
