namespace Pms.AppHost.Infrastructure.Containers;

/// <summary>A mail-catcher container (Mailpit): SMTP in, a web UI and HTTP API to read what arrived.</summary>
public sealed class MailCatcherResource(string name) : ContainerResource(name), IResourceWithConnectionString
{
    public const string SmtpEndpointName = "smtp";
    public const string HttpEndpointName = "http";

    public EndpointReference SmtpEndpoint => new(this, SmtpEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"smtp://{SmtpEndpoint.Property(EndpointProperty.HostAndPort)}");
}
