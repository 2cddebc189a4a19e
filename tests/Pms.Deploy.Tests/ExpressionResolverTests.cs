using Pms.Deploy.Manifest;
using Pms.Deploy.Resolution;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Tests;

public sealed class ExpressionResolverTests
{
    private static readonly AspireManifest Manifest = ManifestReader.Parse("""
        {
          "resources": {
            "db-password": { "type": "parameter.v0", "value": "{db-password.inputs.value}", "inputs": { "value": { "type": "string", "secret": true } } },
            "db": {
              "type": "container.v0",
              "connectionString": "Host={db.bindings.tcp.host};Port={db.bindings.tcp.port};Password={db-password.value}",
              "image": "postgres:18",
              "bindings": { "tcp": { "scheme": "tcp", "port": 5000, "targetPort": 5432 } }
            },
            "orders": { "type": "value.v0", "connectionString": "{db.connectionString};Database=orders" },
            "api": { "type": "project.v0", "bindings": { "http": { "scheme": "http", "port": 4001 } } },
            "mail": { "type": "container.v0", "connectionString": "smtp://{mail.bindings.smtp.host}:{mail.bindings.smtp.port}", "bindings": { "smtp": { "targetPort": 1025 } } }
          }
        }
        """);

    private readonly ExpressionResolver _resolver = new(Manifest, new HashSet<string> { "mail" });

    [Fact]
    public void ABindingResolvesToTheServiceNameAndTheServicePort()
    {
        Assert.Equal("http://api:4001", _resolver.Resolve("{api.bindings.http.url}").Text);
        Assert.Equal("db:5000 -> 5432", _resolver.Resolve("{db.bindings.tcp.host}:{db.bindings.tcp.port} -> {db.bindings.tcp.targetPort}").Text);
    }

    [Fact]
    public void AProjectWithoutATargetPortListensOnItsPublishedPort() =>
        Assert.Equal("4001", _resolver.Resolve("{api.bindings.http.targetPort}").Text);

    [Fact]
    public void AConnectionStringWithAPasswordBecomesADependentVariableAfterItsSecret()
    {
        var environment = WorkloadEnvironmentBuilder.Build(
            new Dictionary<string, string> { ["ConnectionStrings__orders"] = "{orders.connectionString}", ["DB_HOST"] = "{db.bindings.tcp.host}" },
            _resolver);

        Assert.Equal("db", environment.Settings["DB_HOST"]);
        Assert.DoesNotContain("ConnectionStrings__orders", environment.Settings.Keys);
        Assert.Collection(
            environment.SecretVariables,
            declaration =>
            {
                Assert.Equal("PMS_SECRET_DB_PASSWORD", declaration.Name);
                Assert.Equal("db-password", declaration.ValueFrom.SecretKeyRef.Key);
            },
            connection => Assert.Equal("Host=db;Port=5000;Password=$(PMS_SECRET_DB_PASSWORD);Database=orders", connection.Value));
    }

    [Fact]
    public void AWholeSecretIsReferencedDirectly()
    {
        var environment = WorkloadEnvironmentBuilder.Build(new Dictionary<string, string> { ["DB_PASSWORD"] = "{db-password.value}" }, _resolver);

        var variable = Assert.Single(environment.SecretVariables);
        Assert.Equal("DB_PASSWORD", variable.Name);
        Assert.Equal("db-password", variable.ValueFrom.SecretKeyRef.Key);
    }

    [Fact]
    public void AnOperatorConnectionStringComesFromTheSecret() =>
        Assert.Equal("mail-connection-string", _resolver.Resolve("{mail.connectionString}").WholeSecretKey);

    [Fact]
    public void ALiteralDollarParenthesisIsEscapedInADependentVariable() =>
        Assert.Equal("$$(x)$(S)", _resolver.Resolve("$(x){db-password.value}").ToDependentValue(_ => "S"));
}
