namespace Pms.Contracts.Audit;

/// <summary>On whose behalf a request came: the web front end, another API client, or a PMS service.</summary>
public static class AuditClients
{
    /// <summary>The header the web front end sends with every call to the gateway.</summary>
    public const string Header = "Pms-Client";

    public const string Web = nameof(Web);
    public const string Api = nameof(Api);
    public const string Service = nameof(Service);
}
