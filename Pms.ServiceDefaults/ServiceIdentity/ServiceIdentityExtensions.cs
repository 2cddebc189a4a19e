using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pms.Contracts;

namespace Pms.ServiceDefaults.ServiceIdentity;

public static class ServiceIdentityExtensions
{
    /// <summary>Lets this service obtain Service tokens from auth-service (found by service discovery).</summary>
    public static IHostApplicationBuilder AddServiceIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ServiceIdentityOptions>()
            .BindConfiguration(ServiceIdentityOptions.SectionName)
            .Validate(options => options.ClientId.Length > 0 && options.ClientSecret.Length > 0, "ServiceIdentity:ClientId and ClientSecret are required.")
            .ValidateOnStart();
        builder.Services.AddHttpClient(ServiceTokenClient.HttpClientName, http => http.BaseAddress = new Uri($"https+http://{ResourceNames.Auth}"));
        builder.Services.AddSingleton<ServiceTokenClient>();
        builder.Services.AddTransient<ServiceTokenHandler>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>Calls through this client carry the service's own token, for endpoints only services may use.</summary>
    public static IHttpClientBuilder AddServiceToken(this IHttpClientBuilder client) => client.AddHttpMessageHandler<ServiceTokenHandler>();
}
