using Microsoft.Extensions.Options;
using SmtpServer;
using SmtpServiceProvider = SmtpServer.ComponentModel.ServiceProvider;

namespace Pms.MailSink;

public sealed class SmtpSinkService(
    IOptions<MailSinkOptions> options,
    SinkMessageStore messageStore,
    ILogger<SmtpSinkService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var endpoint = options.Value.CreateSmtpEndpoint();
        var serverOptions = new SmtpServerOptionsBuilder()
            .ServerName("pms-mailsink")
            .Endpoint(definition => definition.Endpoint(endpoint))
            .Build();

        var services = new SmtpServiceProvider();
        services.Add(messageStore);

        var server = new SmtpServer.SmtpServer(serverOptions, services);
        Log.SmtpStarting(logger, endpoint);
        await server.StartAsync(stoppingToken);
    }
}
