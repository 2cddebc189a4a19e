namespace Pms.AppHost.Infrastructure;

/// <summary>
/// Chooses the infrastructure mode: publishing always models containers (local executables
/// would leak host paths into the manifest); otherwise <c>Pms:Infrastructure</c> decides when
/// set, and a usable container runtime when not.
/// </summary>
public static class InfrastructureModeSelector
{
    public const string ConfigurationKey = "Pms:Infrastructure";

    public static InfrastructureMode Select(bool isPublishMode, string? configuredMode, Func<bool> containerRuntimeIsUsable)
    {
        if (isPublishMode)
        {
            return InfrastructureMode.Containers;
        }

        if (!string.IsNullOrWhiteSpace(configuredMode))
        {
            // Names only: Enum.TryParse would also take numbers and comma-separated lists.
            var name = Enum.GetNames<InfrastructureMode>()
                .FirstOrDefault(candidate => string.Equals(candidate, configuredMode.Trim(), StringComparison.OrdinalIgnoreCase));
            return name is not null
                ? Enum.Parse<InfrastructureMode>(name)
                : throw new InvalidOperationException(
                    $"{ConfigurationKey} is '{configuredMode}'; use '{InfrastructureMode.Containers}' or '{InfrastructureMode.Local}', or leave it unset to detect a container runtime.");
        }

        return containerRuntimeIsUsable() ? InfrastructureMode.Containers : InfrastructureMode.Local;
    }
}
