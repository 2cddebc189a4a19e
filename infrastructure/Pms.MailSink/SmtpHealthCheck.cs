using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Pms.MailSink;

public sealed class SmtpHealthCheck(IOptions<MailSinkOptions> options) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly byte[] Quit = "QUIT\r\n"u8.ToArray();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var endpoint = ProbeEndpoint(options.Value.CreateSmtpEndpoint());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);

        try
        {
            using var client = new TcpClient(endpoint.AddressFamily);
            await client.ConnectAsync(endpoint, timeout.Token);
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            var greeting = await reader.ReadLineAsync(timeout.Token);
            if (greeting is null || !greeting.StartsWith("220", StringComparison.Ordinal))
            {
                return HealthCheckResult.Unhealthy($"SMTP endpoint {endpoint} did not greet with 220.");
            }

            await stream.WriteAsync(Quit, timeout.Token);
            return HealthCheckResult.Healthy($"SMTP endpoint {endpoint} accepts mail.");
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"SMTP endpoint {endpoint} is not reachable.", exception);
        }
    }

    // A listener bound to all interfaces is reached through loopback.
    private static IPEndPoint ProbeEndpoint(IPEndPoint endpoint) =>
        endpoint.Address.Equals(IPAddress.Any) ? new IPEndPoint(IPAddress.Loopback, endpoint.Port)
        : endpoint.Address.Equals(IPAddress.IPv6Any) ? new IPEndPoint(IPAddress.IPv6Loopback, endpoint.Port)
        : endpoint;
}
