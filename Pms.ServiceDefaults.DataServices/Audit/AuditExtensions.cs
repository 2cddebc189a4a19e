using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Pms.ServiceDefaults.Audit;

public static class AuditExtensions
{
    /// <summary>Audit records of <paramref name="service"/> leave through the outbox of <typeparamref name="TDbContext"/>'s database.</summary>
    public static IHostApplicationBuilder AddAuditTrail<TDbContext>(this IHostApplicationBuilder builder, string service) where TDbContext : DbContext
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new AuditSource(service));
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddSingleton<OutboxAuditStore<TDbContext>>();
        builder.Services.AddSingleton<IAuditStore>(services => services.GetRequiredService<OutboxAuditStore<TDbContext>>());
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxAuditStore<TDbContext>>());
        builder.Services.AddSingleton(new AuditTiming(builder.Configuration.GetValue<bool>("Audit:ServerTiming")));
        return builder;
    }

    /// <summary>The endpoints of <paramref name="group"/> store what their handlers record in the <see cref="AuditTrail"/>.</summary>
    public static TBuilder Audited<TBuilder>(this TBuilder group) where TBuilder : IEndpointConventionBuilder =>
        group.AddEndpointFilter<TBuilder, AuditFilter>();
}
