using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pms.MailSink;

public static class MailSinkHostingExtensions
{
    public static IHostApplicationBuilder AddMailSink(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailSinkOptions>()
            .Bind(builder.Configuration.GetSection(MailSinkOptions.SectionName))
            .Validate(options => IPAddress.TryParse(options.SmtpHost, out _), "MailSink:SmtpHost must be an IP address.")
            .Validate(options => options.SmtpPort is > 0 and <= IPEndPoint.MaxPort, "MailSink:SmtpPort must be a TCP port.")
            .Validate(options => options.MaxMessages > 0, "MailSink:MaxMessages must be positive.")
            .ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MailStore>();
        builder.Services.AddSingleton<DeliveryFaults>();
        builder.Services.AddSingleton<SinkMessageStore>();
        builder.Services.AddHostedService<SmtpSinkService>();
        builder.Services.AddHealthChecks().AddCheck<SmtpHealthCheck>("smtp");

        return builder;
    }
}
