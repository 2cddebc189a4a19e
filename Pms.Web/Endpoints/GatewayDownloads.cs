using Microsoft.AspNetCore.Components.Authorization;
using Pms.Web.Gateway;

namespace Pms.Web.Endpoints;

/// <summary>
/// What the file endpoints share: a plain request (not a circuit) fetches a file from the gateway with the session's
/// token, and the file streams on to the browser as it arrives.
/// </summary>
public static class GatewayDownloads
{
    public static async Task<IResult> ForwardAsync(
        HttpContext context, AuthenticationStateProvider authentication, ClientAddress client, GatewayClient gateway, string path,
        Func<HttpResponseMessage, Task<IResult>> answer, CancellationToken cancellationToken)
    {
        client.Value = context.Connection.RemoteIpAddress?.ToString();
        ((IHostEnvironmentAuthenticationStateProvider)authentication).SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        try
        {
            var response = await gateway.GetFileAsync(path, cancellationToken);
            context.Response.RegisterForDispose(response);
            return await answer(response);
        }
        catch (ApiProblemException problem)
        {
            return TypedResults.Problem(title: problem.Title, detail: problem.Detail, statusCode: (int)problem.Status);
        }
    }
}
