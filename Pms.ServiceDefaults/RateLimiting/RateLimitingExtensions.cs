using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pms.ServiceDefaults.SharedState;
using StackExchange.Redis;

namespace Pms.ServiceDefaults.RateLimiting;

/// <summary>
/// Per-client-IP fixed-window limits of the gateway (at the edge) and auth-service (behind it), counted in Redis so
/// that every replica of a service draws on one count (see <see cref="SharedFixedWindow"/>).
/// </summary>
public static class RateLimitingExtensions
{
    public const string AuthPolicy = "auth-per-ip";
    public const string ApiPolicy = "api-per-ip";

    public static IHostApplicationBuilder AddPmsRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName);
        var limits = builder.Configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        // Without Redis the limits are not checked, and the service still serves.
        builder.AddSharedRedis();
        var service = builder.Environment.ApplicationName;

        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(AuthPolicy, context => PerClientIp(context, $"{service}:{AuthPolicy}", limits.AuthPerIpPerMinute));
            options.AddPolicy(ApiPolicy, context => PerClientIp(context, $"{service}:{ApiPolicy}", limits.ApiPerIpPerMinute));
            options.OnRejected = async (rejected, _) =>
                await WriteTooManyRequestsAsync(rejected.HttpContext, SharedFixedWindow.RetryAfter(rejected.Lease, TimeSpan.FromMinutes(1)));
        });
        return builder;
    }

    /// <summary>429 as ProblemDetails, with Retry-After in whole seconds.</summary>
    public static async ValueTask WriteTooManyRequestsAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
            title: "Too many requests.",
            detail: $"Try again in {seconds} seconds.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
    }

    private static RateLimitPartition<string> PerClientIp(HttpContext context, string limit, int permitsPerMinute) =>
        SharedFixedWindow.Partition(
            context.RequestServices.GetRequiredService<IConnectionMultiplexer>(),
            $"{limit}:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}",
            permitsPerMinute,
            TimeSpan.FromMinutes(1),
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SharedFixedWindow)));
}
