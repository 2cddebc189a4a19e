using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine.Runtime;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>
/// Wolverine builds a handler from its pre-generated code when the first message of its type arrives,
/// and a handler that cannot be built (a service it needs is not registered) would fail only then, on
/// that patient's message. This builds every handler at start-up instead, before the service takes
/// requests, and reports the ones that cannot be built.
/// </summary>
public sealed partial class MessageHandlerWarmup(IWolverineRuntime runtime, MessageHandlerHealth health, ILogger<MessageHandlerWarmup> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var handlers = ((WolverineRuntime)runtime).Handlers;
        foreach (var chain in handlers.Chains)
        {
            try
            {
                handlers.HandlerFor(chain.MessageType);
                health.Succeeded(chain.MessageType);
            }
            catch (Exception exception)
            {
                health.Failed(chain.MessageType, exception);
                HandlerCannotBeGenerated(logger, chain.MessageType.FullName, exception);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "The message handler for {MessageType} cannot be built; every such message will fail.")]
    private static partial void HandlerCannotBeGenerated(ILogger logger, string? messageType, Exception exception);
}
