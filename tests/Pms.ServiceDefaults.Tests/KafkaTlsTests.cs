using System.Buffers.Binary;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Channels;
using Confluent.Kafka;
using Pms.ServiceDefaults.Kafka;
using Pms.Testing;

namespace Pms.ServiceDefaults.Tests;

/// <summary>
/// A service told to use TLS (the deployment's kafka-tls component) talks to the broker only through a certificate
/// signed by the authority it was given, for the host name it dialled. The listener here is a TLS endpoint that reads
/// the first Kafka request a client sends, so what is proven is the client's side: the real librdkafka with the
/// settings <see cref="KafkaClientOptions"/> produces.
/// </summary>
public sealed class KafkaTlsTests : IAsyncDisposable
{
    private const short ApiVersionsRequest = 18;

    private readonly DirectoryInfo _files = Directory.CreateTempSubdirectory("pms-kafka-tls-");
    private readonly TlsListener _listener;
    private readonly string _trustedAuthority;
    private readonly string _otherAuthority;

    public KafkaTlsTests()
    {
        using var authority = CertificateAuthority("PMS test Kafka authority");
        using var other = CertificateAuthority("Someone else's authority");
        _trustedAuthority = WritePem("trusted-ca.crt", authority);
        _otherAuthority = WritePem("other-ca.crt", other);
        _listener = new TlsListener(BrokerCertificate(authority, "localhost"));
    }

    [TimedFact]
    public async Task AServiceTrustingTheBrokersAuthorityTalksKafkaOverTls()
    {
        using var admin = AdminClient(_trustedAuthority, out var errors);

        var metadata = Task.Run(() => admin.GetMetadata(TimeSpan.FromSeconds(3)), TestContext.Current.CancellationToken);
        var connection = await _listener.Connections.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Null(connection.Failure);
        Assert.Equal(ApiVersionsRequest, connection.FirstRequestApiKey);
        Assert.DoesNotContain(errors, error => error.Contains("certificate", StringComparison.OrdinalIgnoreCase));
        await Assert.ThrowsAsync<KafkaException>(() => metadata);
    }

    [TimedFact]
    public async Task AServiceRefusesABrokerWhoseCertificateItsAuthorityDidNotSign()
    {
        using var admin = AdminClient(_otherAuthority, out var errors);

        var metadata = Task.Run(() => admin.GetMetadata(TimeSpan.FromSeconds(3)), TestContext.Current.CancellationToken);
        var connection = await _listener.Connections.ReadAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(connection.Failure);
        Assert.Null(connection.FirstRequestApiKey);
        await WaitForAsync(() => errors.Any(error => error.Contains("certificate verify failed", StringComparison.OrdinalIgnoreCase)));
        await Assert.ThrowsAsync<KafkaException>(() => metadata);
    }

    public async ValueTask DisposeAsync()
    {
        await _listener.DisposeAsync();
        _files.Delete(recursive: true);
    }

    private IAdminClient AdminClient(string authority, out IReadOnlyCollection<string> errors)
    {
        var options = new KafkaClientOptions
        {
            BootstrapServers = $"localhost:{_listener.Port}",
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.ScramSha512,
            SaslUsername = "patients",
            SaslPassword = "letters0and0digits",
            SslCaLocation = authority,
        };
        var config = new AdminClientConfig { BootstrapServers = options.BootstrapServers, BrokerAddressFamily = BrokerAddressFamily.V4 };
        options.ApplySecurityTo(config);
        var reported = new System.Collections.Concurrent.ConcurrentQueue<string>();
        errors = reported;
        return new AdminClientBuilder(config)
            .SetErrorHandler((_, error) => reported.Enqueue(error.Reason))
            .SetLogHandler((_, message) => reported.Enqueue(message.Message))
            .Build();
    }

    private string WritePem(string fileName, X509Certificate2 certificate)
    {
        var path = Path.Combine(_files.FullName, fileName);
        File.WriteAllText(path, certificate.ExportCertificatePem());
        return path;
    }

    private static X509Certificate2 CertificateAuthority(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
    }

    private static X509Certificate2 BrokerCertificate(X509Certificate2 authority, string hostName)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={hostName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(hostName);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var signed = request.Create(authority, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(30), RandomNumberGenerator.GetBytes(8));
        using var withKey = signed.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The client did not report the refused certificate.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The outcome of one connection: the handshake's failure, or the API key of the first request read through TLS.</summary>
    private sealed record TlsConnection(Exception? Failure, short? FirstRequestApiKey);

    private sealed class TlsListener : IAsyncDisposable
    {
        private readonly TcpListener _tcp = new(IPAddress.Loopback, 0);
        private readonly X509Certificate2 _certificate;
        private readonly CancellationTokenSource _stopping = new();
        private readonly Channel<TlsConnection> _connections = Channel.CreateUnbounded<TlsConnection>();
        private readonly Task _accepting;

        public TlsListener(X509Certificate2 certificate)
        {
            _certificate = certificate;
            _tcp.Start();
            _accepting = AcceptAsync();
        }

        public int Port => ((IPEndPoint)_tcp.LocalEndpoint).Port;

        public ChannelReader<TlsConnection> Connections => _connections.Reader;

        public async ValueTask DisposeAsync()
        {
            await _stopping.CancelAsync();
            _tcp.Stop();
            await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
            _stopping.Dispose();
            _certificate.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!_stopping.IsCancellationRequested)
            {
                var client = await _tcp.AcceptTcpClientAsync(_stopping.Token);
                _ = Task.Run(() => ServeAsync(client));
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            await using (var tls = new SslStream(client.GetStream()))
            {
                try
                {
                    await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, _stopping.Token);
                    var header = new byte[6];
                    await tls.ReadExactlyAsync(header, _stopping.Token);
                    await _connections.Writer.WriteAsync(new TlsConnection(null, BinaryPrimitives.ReadInt16BigEndian(header.AsSpan(4))));
                }
                catch (Exception failure) when (failure is IOException or System.Security.Authentication.AuthenticationException)
                {
                    await _connections.Writer.WriteAsync(new TlsConnection(failure, null));
                }
            }
        }
    }
}
