using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pms.ServiceDefaults.RateLimiting;

/// <summary>Per-client-IP fixed-window limits shared by the gateway (at the edge) and auth-service (behind it).</summary>
public static class RateLimitingExtensions
{
    public const string AuthPolicy = "auth-per-ip";
    public const string ApiPolicy = "api-per-ip";

    public static IHostApplicationBuilder AddPmsRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName);
        var limits = builder.Configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();

        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(AuthPolicy, context => PerClientIp(context, limits.AuthPerIpPerMinute));
            options.AddPolicy(ApiPolicy, context => PerClientIp(context, limits.ApiPerIpPerMinute));
            options.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                await WriteTooManyRequestsAsync(rejected.HttpContext, retryAfter);
            };
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

    private static RateLimitPartition<string> PerClientIp(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
