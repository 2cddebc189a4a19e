using JasperFx;
using Microsoft.AspNetCore.Builder;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>How a messaging service's process starts: as the service, or as Wolverine's code generator.</summary>
public static class ServiceCommandLine
{
    /// <summary>
    /// Runs the service; given <c>codegen write</c> (<c>tools/scripts/generate-message-handlers.sh</c>) it writes its message
    /// handlers' code instead. Only that command goes through Wolverine's command line: a service run through it under
    /// the tests' in-memory host found none of its handlers.
    /// </summary>
    public static async Task<int> RunServiceAsync(this WebApplication app, string[] args)
    {
        if (args is ["codegen", ..])
        {
            return await app.RunJasperFxCommands(args);
        }

        await app.RunAsync();
        return 0;
    }
}
