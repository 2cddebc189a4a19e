using Pms.Contracts;

namespace Pms.Web.Services;

public static class GatewayClientExtensions
{
    public static IServiceCollection AddGatewayClient(this IServiceCollection services)
    {
        services.AddHttpClient<GatewayClient>(http => http.BaseAddress = new Uri($"https+http://{ResourceNames.Gateway}"));
        return services;
    }
}
