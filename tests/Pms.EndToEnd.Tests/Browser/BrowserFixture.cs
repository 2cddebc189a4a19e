using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (its own browser download is not used), with the
/// background services that would reach for the internet switched off.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string DefaultChromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        // Pages wait on events crossing Kafka and on a busy machine; five seconds is Playwright's default.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PMS_CHROMIUM") ?? DefaultChromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
