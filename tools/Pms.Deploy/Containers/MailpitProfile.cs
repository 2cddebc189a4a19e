using Pms.Deploy.Images;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Containers;

/// <summary>
/// Mailpit, the AppHost's mail catcher: it keeps every message and delivers none. Its connection
/// string is an operator input, so a hospital points notification-service at its SMTP relay in
/// secrets.env.
/// </summary>
public sealed class MailpitProfile : ContainerProfile
{
    public override long UserId => 1000;

    public override bool ReadOnlyRootFilesystem => true;

    public override ResourceSizing Sizing { get; } = new("50m", "64Mi", "500m", "256Mi");

    public override bool ConnectionStringIsOperatorInput => true;

    public override string ConnectionStringDescription =>
        "Where notification-service sends mail: the in-cluster Mailpit (which delivers nothing) by default; in production the hospital's SMTP relay, e.g. smtp://user:password@relay.example.org:587 or smtps://...:465 (user and password URI-encoded).";

    public override string Note =>
        """
        Mailpit catches the mail notification-service sends (for staging: nothing reaches a patient).
        Read it with: kubectl port-forward service/mail 8025 (then http://localhost:8025).
        In production set mail-connection-string in secrets.env to the hospital's SMTP relay
        (smtp://user:password@relay:587 or smtps://...:465) and remove "mail" from the root
        kustomization's resources.
        """;

    public override bool Matches(ContainerImage image) => image.Repository.EndsWith("axllent/mailpit", StringComparison.Ordinal);

    public override ContainerProbes Probes(ContainerContext context) => new(
        Probe.Http("/livez", "http", periodSeconds: 5, failureThreshold: 12),
        Probe.Http("/livez", "http", periodSeconds: 10, failureThreshold: 3),
        Probe.Http("/readyz", "http", periodSeconds: 10, failureThreshold: 3));
}
