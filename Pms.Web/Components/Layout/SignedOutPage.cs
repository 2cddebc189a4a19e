using Microsoft.JSInterop;

namespace Pms.Web.Components.Layout;

/// <summary>
/// Sends the browser to the sign-in page with a full page load, so that nothing of the ended session
/// stays in the circuit. The browser is told directly: a forced navigation through the
/// NavigationManager waits for an answer that the unloading page may never send, and logs its loss
/// as an error.
/// </summary>
public static class SignedOutPage
{
    public static async Task OpenAsync(IJSRuntime js, string reason)
    {
        try
        {
            await js.InvokeVoidAsync("location.replace", $"/login?reason={reason}");
        }
        catch (JSDisconnectedException)
        {
            // The page was already going; the session has ended all the same.
        }
    }
}
