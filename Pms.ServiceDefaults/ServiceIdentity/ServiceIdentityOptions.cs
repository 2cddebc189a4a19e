namespace Pms.ServiceDefaults.ServiceIdentity;

/// <summary>This service's client credentials at auth-service (section <c>ServiceIdentity</c>, from AppHost parameters).</summary>
public sealed class ServiceIdentityOptions
{
    public const string SectionName = "ServiceIdentity";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";
}
