using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pms.ServiceDefaults.Messaging;

namespace Pms.Testing;

/// <summary>What the start-up of a service's host found about building its message handlers.</summary>
public static class MessageHandlerGeneration
{
    /// <returns>One line per handler that could not be built: its message type and why.</returns>
    public static IReadOnlyList<string> FailuresOf(IHost host)
    {
        var health = host.Services.GetRequiredService<MessageHandlerHealth>();
        if (health.Built.Count + health.Failures.Count == 0)
        {
            throw new InvalidOperationException("The host built no message handlers: nothing would be checked.");
        }

        return [.. health.Failures.Select(failure => $"{failure.Key}: {failure.Value}")];
    }
}
