namespace Pms.Web.Services;

/// <summary>The web front end's only way out: HTTP to the gateway.</summary>
public sealed class GatewayClient(HttpClient http)
{
    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
