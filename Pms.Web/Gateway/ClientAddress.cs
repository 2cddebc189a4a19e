namespace Pms.Web.Gateway;

/// <summary>
/// The browser's address, passed on to the gateway as X-Forwarded-For so that its per-client limits count
/// each user rather than the web server (the gateway believes it only from the proxies it trusts).
/// </summary>
public sealed class ClientAddress
{
    public const string HeaderName = "X-Forwarded-For";

    public string? Value { get; set; }

    public void AddTo(HttpRequestMessage request)
    {
        if (!string.IsNullOrEmpty(Value))
        {
            request.Headers.Add(HeaderName, Value);
        }
    }
}
