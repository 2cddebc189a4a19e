namespace Pms.Deploy.Tests;

/// <summary>The SDK's container build makes the images the manifests name, as the non-root user.</summary>
public sealed class ContainerImageTests
{
    public static TheoryData<string, string> Projects => new()
    {
        { "services/Pms.Auth/Pms.Auth.csproj", ResourceNames.Auth },
        { "services/Pms.Patients/Pms.Patients.csproj", ResourceNames.Patients },
        { "services/Pms.Billing/Pms.Billing.csproj", ResourceNames.Billing },
        { "services/Pms.Notifications/Pms.Notifications.csproj", ResourceNames.Notifications },
        { "services/Pms.Audit/Pms.Audit.csproj", ResourceNames.Audit },
        { "services/Pms.Gateway/Pms.Gateway.csproj", ResourceNames.Gateway },
        { "Pms.Web/Pms.Web.csproj", ResourceNames.Web },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryDeployableProjectPublishesPmsSlashItsResourceNameAsTheAppUser(string project, string resource)
    {
        var output = ProcessRunner.Run(
            "dotnet", ["msbuild", project, "-getProperty:ContainerRepository", "-getProperty:ContainerUser"], Repository.Root);

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var properties = json.RootElement.GetProperty("Properties");
        Assert.Equal($"pms/{resource}", properties.GetProperty("ContainerRepository").GetString());
        Assert.Equal("1654", properties.GetProperty("ContainerUser").GetString());
    }
}
