namespace Pms.Deploy.Manifest;

/// <summary>An endpoint: <see cref="Port"/> is what clients dial, <see cref="TargetPort"/> what the process listens on.</summary>
public sealed class ManifestBinding
{
    public string Scheme { get; set; } = "tcp";

    public string Protocol { get; set; } = "tcp";

    public string Transport { get; set; } = "tcp";

    public int? Port { get; set; }

    public int? TargetPort { get; set; }

    public bool External { get; set; }

    /// <summary>The port of the Kubernetes Service in front of the workload.</summary>
    public int ServicePort => Port ?? TargetPort ?? throw new InvalidOperationException("A binding without any port cannot be served.");

    /// <summary>The port the container listens on; a project without a target port listens on its published port.</summary>
    public int ContainerPort => TargetPort ?? ServicePort;
}
