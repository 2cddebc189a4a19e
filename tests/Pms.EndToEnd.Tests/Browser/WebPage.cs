using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Pms.GatewaySignIn;

namespace Pms.EndToEnd.Tests.Browser;

/// <summary>One browser tab on the web front end, with the steps every browser test repeats.</summary>
public sealed class WebPage(IPage page, Uri webAddress) : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public IPage Page { get; } = page;

    public Uri Address { get; } = webAddress;

    /// <summary>The screen of a common phone, in CSS pixels.</summary>
    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };

    /// <summary>A fresh browser (no cookies) on the web front end; <paramref name="locale"/> is the language the browser asks for.</summary>
    public static async Task<WebPage> OpenAsync(BrowserFixture browser, PmsAppFixture app, ViewportSize? screen = null, string locale = "en-US")
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            AcceptDownloads = true,
            Locale = locale,
            ViewportSize = screen ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        return new WebPage(page, app.App.GetEndpoint(ResourceNames.Web, "http"));
    }

    /// <summary>Opens a page and waits until it is live: clicks before that would reach only the prerendered markup.</summary>
    public async Task GoToAsync(string path)
    {
        await Page.GotoAsync(new Uri(Address, path).ToString());
        await WaitUntilLiveAsync();
    }

    public Task WaitUntilLiveAsync() => Page.Locator("main[data-interactive=true]").WaitForAsync();

    public async Task WaitForPathAsync(string pattern)
    {
        try
        {
            // Polls the address instead of waiting for a load event: a redirect can abort one load and start the next.
            await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(pattern));
        }
        catch (PlaywrightException problem)
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(Artifacts.Directory, $"timeout-{DateTime.UtcNow:HHmmss}.png"),
                FullPage = true,
            });
            throw new TimeoutException($"The page stayed at {Page.Url} instead of reaching {pattern}.", problem);
        }

        // The address changes before the new page replaces the old one's markup; wait for the new page itself.
        var path = new Uri(Page.Url).AbsolutePath;
        await Page.Locator($"main[data-interactive=true][data-path=\"{path}\"]").WaitForAsync();
    }

    /// <summary>
    /// Signs in as a person does: the password, then the code of their authenticator app, or (the first time, for
    /// staff) the enrolment: the key shown on the page goes into the app, its first code confirms it, and the
    /// recovery codes are acknowledged. Returns without waiting when the sign-in is refused.
    /// </summary>
    public async Task SignInAsync(string email, string password)
    {
        await GoToAsync("/login");
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await Page.GetByTestId("sign-in").ClickAsync();

        var code = Page.GetByTestId("mfa-code");
        var secret = Page.GetByTestId("totp-secret");
        var refused = Page.GetByRole(AriaRole.Alert);
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && Page.Url.Contains("/login", StringComparison.Ordinal)
            && !await code.IsVisibleAsync() && !await secret.IsVisibleAsync() && !await refused.IsVisibleAsync())
        {
            await Task.Delay(100);
        }

        if (await secret.IsVisibleAsync())
        {
            var key = (await secret.InnerTextAsync()).Trim();
            await Page.GetByLabel("Code from the app").FillAsync(Authenticator.Shared.FirstCode(email, key));
            await Page.GetByTestId("confirm-enrolment").ClickAsync();
            await Page.GetByTestId("continue-after-codes").ClickAsync();
        }
        else if (await code.IsVisibleAsync())
        {
            await Page.GetByLabel("Authentication code").FillAsync(await Authenticator.Shared.NextCodeAsync(email, CancellationToken.None));
            await Page.GetByTestId("verify-code").ClickAsync();
        }
    }

    /// <summary>Fills the registration form as a new patient, Mary, does and sends it.</summary>
    public async Task RegisterAsync(string lastName, string email, string? phoneNumber = null)
    {
        await FillRegistrationAsync(lastName, email, phoneNumber);
        await SubmitRegistrationAsync();
    }

    /// <summary>Fills in the registration form of Mary <paramref name="lastName"/> without sending it.</summary>
    public async Task FillRegistrationAsync(string lastName, string email, string? phoneNumber = null)
    {
        await Field("First name").FillAsync("Mary");
        await Field("Last name").FillAsync(lastName);
        await Field("Email").FillAsync(email);
        if (phoneNumber is not null)
        {
            await Field("Phone number (optional)").FillAsync(phoneNumber);
        }

        await EnterAsync("Date of birth", "1985-11-23");
        await ChooseAsync("Sex", "Female");
        await Field("Password").FillAsync(PmsClient.Password);
        await Field("Repeat the password").FillAsync(PmsClient.Password);
    }

    public Task SubmitRegistrationAsync() => Page.GetByTestId("register").ClickAsync();

    /// <summary>Registers Grace, a walk-in, at the front desk; the page then shows her record (or the duplicate warning).</summary>
    public async Task RegisterWalkInAsync(string lastName, string? phoneNumber = null)
    {
        await GoToAsync("/staff/patients/new");
        await Field("First name").FillAsync("Grace");
        await Field("Last name").FillAsync(lastName);
        await EnterAsync("Date of birth", "1936-12-09");
        await ChooseAsync("Sex", "Female");
        if (phoneNumber is not null)
        {
            await Field("Phone number").FillAsync(phoneNumber);
        }

        await Page.GetByTestId("save-patient").ClickAsync();
    }

    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    /// <summary>Types into a field and leaves it, as a user does; the field takes its value when it loses focus.</summary>
    public async Task EnterAsync(string label, string value)
    {
        await Field(label).FillAsync(value);
        await Field(label).PressAsync("Tab");
    }

    public async Task ChooseAsync(string label, string option)
    {
        await Field(label).ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await WaitForListToCloseAsync();
    }

    /// <summary>Types into a search-as-you-type field and picks the suggestion that contains <paramref name="suggestion"/>.</summary>
    public async Task PickAsync(string label, string search, string suggestion)
    {
        await Field(label).FillAsync(search);
        await Page.GetByRole(AriaRole.Option).Filter(new() { HasText = suggestion }).ClickAsync();
        await WaitForListToCloseAsync();
    }

    /// <summary>
    /// Chooses a free time once the free times of <paramref name="day"/> are shown. Until then the list on the page may
    /// still be that of the day before, and a time chosen on it is forgotten when the day changes.
    /// </summary>
    public async Task ChooseFreeTimeAsync(DateOnly day, string time)
    {
        await Page.Locator($"[data-testid=slot-picker][data-loaded-day='{DoctorClock.Typed(day)}']").WaitForAsync();
        await Page.GetByRole(AriaRole.Radio, new() { Name = time, Exact = true }).CheckAsync();
    }

    private async Task WaitForListToCloseAsync()
    {
        // The list closes with an animation; a click made meanwhile lands on its overlay, not on the page.
        await Assertions.Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator(".mud-overlay")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// The elements matching <paramref name="selector"/> (and the page itself) whose content is wider than they are: what
    /// runs off the right edge of the screen or of its card instead of wrapping.
    /// </summary>
    public Task<string[]> OverflowingAsync(string selector) => Page.EvaluateAsync<string[]>(
        """
        selector => [document.documentElement, ...document.querySelectorAll(selector)]
            .filter(element => element.scrollWidth > element.clientWidth || element.getBoundingClientRect().right > window.innerWidth)
            .map(element => `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 40)}": content ${element.scrollWidth} px in ${element.clientWidth} px, `
                + `right edge at ${Math.round(element.getBoundingClientRect().right)} px of ${window.innerWidth} px`)
        """, selector);

    /// <summary>Focus moves to the page's heading after navigation, for screen readers, without drawing a ring around it.</summary>
    public async Task ExpectHeadingFocusedWithoutRingAsync()
    {
        var heading = Page.Locator("main h1");
        await Assertions.Expect(heading).ToBeFocusedAsync();
        Assert.Equal("none", await heading.EvaluateAsync<string>("heading => getComputedStyle(heading).outlineStyle"));
    }

    /// <summary>Saves a full-page screenshot as a test artifact and checks the page with axe: no serious or critical violation.</summary>
    public async Task CheckPageAsync(string name)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Directory, $"{name}.png"), FullPage = true });
        // Snackbars fade in and out; mid-animation their colours are blends that say nothing about the real contrast.
        var context = new AxeRunContext { Exclude = [new AxeSelector(".mud-snackbar")] };
        var results = await Page.RunAxe(context, new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var blocking = results.Violations.Where(violation => violation.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"Accessibility violations on {name}:\n" + string.Join("\n", blocking.Select(violation =>
            $"- {violation.Impact} {violation.Id}: {violation.Help} ({string.Join("; ", violation.Nodes.Take(3).Select(node => string.Join(" ", node.Target)))})")));
    }

    /// <summary>Keeps the last state of the tab as an artifact: what a failed test saw last.</summary>
    public async ValueTask DisposeAsync()
    {
        var test = TestContext.Current.Test?.TestCase.TestMethod?.MethodName ?? "test";
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Directory, "last", $"{test}.png"), FullPage = true });
        await Page.Context.CloseAsync();
    }
}
