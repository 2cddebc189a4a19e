using Pms.AppHost.Infrastructure;

namespace Pms.AppHost.Tests;

public sealed class InfrastructureModeSelectorTests
{
    private static readonly Func<bool> RuntimePresent = () => true;
    private static readonly Func<bool> RuntimeAbsent = () => false;
    private static readonly Func<bool> RuntimeMustNotBeProbed = () => throw new InvalidOperationException("The runtime was probed.");

    [Fact]
    public void WithoutConfigurationAUsableContainerRuntimeSelectsContainers() =>
        Assert.Equal(InfrastructureMode.Containers, InfrastructureModeSelector.Select(false, null, RuntimePresent));

    [Fact]
    public void WithoutConfigurationAndWithoutContainerRuntimeLocalIsSelected() =>
        Assert.Equal(InfrastructureMode.Local, InfrastructureModeSelector.Select(false, "  ", RuntimeAbsent));

    [Theory]
    [InlineData("Local", InfrastructureMode.Local)]
    [InlineData("local", InfrastructureMode.Local)]
    [InlineData(" Containers ", InfrastructureMode.Containers)]
    [InlineData("CONTAINERS", InfrastructureMode.Containers)]
    public void ConfiguredModeWinsWithoutProbing(string configured, InfrastructureMode expected) =>
        Assert.Equal(expected, InfrastructureModeSelector.Select(false, configured, RuntimeMustNotBeProbed));

    [Fact]
    public void ConfiguredLocalModeIsKeptEvenWhenContainersCouldRun() =>
        Assert.Equal(InfrastructureMode.Local, InfrastructureModeSelector.Select(false, "Local", RuntimePresent));

    [Fact]
    public void PublishingAlwaysModelsContainers() =>
        Assert.Equal(InfrastructureMode.Containers, InfrastructureModeSelector.Select(true, "Local", RuntimeMustNotBeProbed));

    [Theory]
    [InlineData("Docker")]
    [InlineData("1")]
    [InlineData("Local,Containers")]
    public void AnUnknownConfiguredModeIsRejectedWithTheAllowedValues(string configured)
    {
        var error = Assert.Throws<InvalidOperationException>(() => InfrastructureModeSelector.Select(false, configured, RuntimeAbsent));

        Assert.Contains(InfrastructureModeSelector.ConfigurationKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("Containers", error.Message, StringComparison.Ordinal);
        Assert.Contains("Local", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingContainerClientCountsAsNoRuntime() =>
        Assert.False(ContainerRuntimeProbe.IsUsable("pms-no-such-container-runtime"));
}
