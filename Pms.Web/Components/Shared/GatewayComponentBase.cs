using System.Net;
using Microsoft.AspNetCore.Components;
using Pms.Web.Gateway;

namespace Pms.Web.Components.Shared;

/// <summary>
/// What every page and form that calls the gateway does: one submission at a time, loading states, field
/// errors next to their fields, any other problem above the form, and the sign-in page once the session has ended.
/// </summary>
public abstract class GatewayComponentBase : ComponentBase
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected bool Busy { get; private set; }

    protected bool Loading { get; private set; }

    protected ApiProblemException? Problem { get; set; }

    protected IReadOnlyList<string> UnmatchedErrors { get; private set; } = [];

    protected ServerValidation? ServerErrors { get; set; }

    protected async Task SubmitAsync(Func<Task> submission)
    {
        if (Busy)
        {
            return;
        }

        Busy = true;
        Problem = null;
        UnmatchedErrors = [];
        try
        {
            await submission();
        }
        catch (ApiProblemException problem)
        {
            ShowProblem(problem);
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Loads what the page shows; a problem is shown instead, and the result is then the default.</summary>
    protected async Task<T?> LoadAsync<T>(Func<Task<T>> load)
    {
        Loading = true;
        Problem = null;
        try
        {
            return await load();
        }
        catch (ApiProblemException problem)
        {
            ShowProblem(problem);
            return default;
        }
        finally
        {
            Loading = false;
        }
    }

    protected virtual void ShowProblem(ApiProblemException problem)
    {
        if (problem.Status == HttpStatusCode.Unauthorized)
        {
            RedirectToSignIn(Navigation);
            return;
        }

        var unmatched = ServerErrors?.Show(problem) ?? [.. problem.Errors.Values.SelectMany(messages => messages)];
        if (problem.Errors.Count == 0)
        {
            Problem = problem;
        }
        else
        {
            UnmatchedErrors = unmatched;
        }
    }

    public static void RedirectToSignIn(NavigationManager navigation)
    {
        var returnUrl = "/" + navigation.ToBaseRelativePath(navigation.Uri);
        navigation.NavigateTo($"/login?reason=expired&returnUrl={Uri.EscapeDataString(returnUrl)}", forceLoad: true);
    }
}
