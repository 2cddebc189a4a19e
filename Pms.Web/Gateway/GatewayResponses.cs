using System.Net;
using System.Text.Json;

namespace Pms.Web.Gateway;

/// <summary>Turns the gateway's answers into values or <see cref="ApiProblemException"/>s.</summary>
public static class GatewayResponses
{
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, completion, cancellationToken);
        }
        catch (HttpRequestException)
        {
            throw ApiProblemException.Unreachable();
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw ApiProblemException.Unreachable();
        }

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await ToProblemAsync(response, cancellationToken);
            }
        }

        return response;
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            return await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, cancellationToken)
                ?? throw new ApiProblemException(HttpStatusCode.BadGateway, "PMS answered with an empty document.");
        }
    }

    private static async Task<ApiProblemException> ToProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        ProblemDocument? problem = null;
        if (body.Length > 0)
        {
            try
            {
                problem = JsonSerializer.Deserialize<ProblemDocument>(body, JsonSerializerOptions.Web);
            }
            catch (JsonException)
            {
                // A non-JSON error page (a proxy in between, say) still becomes a readable message below.
            }
        }

        var retryAfter = response.Headers.RetryAfter?.Delta;
        var title = problem?.Title ?? DefaultTitle(response.StatusCode);
        return new ApiProblemException(response.StatusCode, title, problem?.Detail, problem?.Errors, retryAfter, body);
    }

    private static string DefaultTitle(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "Your session has ended.",
        HttpStatusCode.Forbidden => "You are not allowed to do this.",
        HttpStatusCode.NotFound => "This was not found.",
        HttpStatusCode.TooManyRequests => "Too many requests; please wait a moment.",
        >= HttpStatusCode.InternalServerError => "PMS could not do this right now.",
        _ => "The request was not accepted.",
    };
}
