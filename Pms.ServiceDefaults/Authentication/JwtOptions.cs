namespace Pms.ServiceDefaults.Authentication;

/// <summary>What every PMS access token must say about itself (section <c>Jwt</c>).</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "pms-auth";

    public string Audience { get; set; } = "pms-api";

    /// <summary>Base address of auth-service; by default the service-discovery address of <c>auth</c>.</summary>
    public string? Authority { get; set; }
}
