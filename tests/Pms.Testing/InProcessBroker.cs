using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Pms.Testing;

/// <summary>
/// The embedded Kafka broker (its <typeparamref name="TBrokerProgram"/>) in process on a free port, with these topics of
/// <paramref name="partitions"/> partitions each.
/// </summary>
public abstract class InProcessBroker<TBrokerProgram>(int partitions, params string[] topics) : WebApplicationFactory<TBrokerProgram>, IAsyncLifetime
    where TBrokerProgram : class
{
    public int Port { get; } = FreePort.Next();

    public string BootstrapServers => $"127.0.0.1:{Port}";

    public ValueTask InitializeAsync()
    {
        StartServer();
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Broker:Port", Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Broker:Partitions", partitions.ToString(CultureInfo.InvariantCulture));
        for (var index = 0; index < topics.Length; index++)
        {
            builder.UseSetting($"Broker:Topics:{index}", topics[index]);
        }
    }
}
