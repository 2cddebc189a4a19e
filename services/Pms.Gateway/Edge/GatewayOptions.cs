namespace Pms.Gateway.Edge;

/// <summary>Section <c>Gateway</c>.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Largest request body the edge accepts (1 MiB by default).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Browser origins allowed to call the API directly (CORS).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
