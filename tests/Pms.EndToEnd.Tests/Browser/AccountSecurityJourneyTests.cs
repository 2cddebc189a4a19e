using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pms.GatewaySignIn;

namespace Pms.EndToEnd.Tests.Browser;

public sealed partial class AccountSecurityJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ANewStaffMemberEnrolsAnAuthenticatorAtFirstSignInAndSignsInWithItsCodeAfterwards()
    {
        var (_, email) = await new PmsClient(app).CreateStaffAsync(PmsRoles.Staff, TestContext.Current.CancellationToken);
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.GoToAsync("/login");
        await web.Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await web.Page.GetByLabel("Password", new() { Exact = true }).FillAsync(PmsClient.Password);
        await web.Page.GetByTestId("sign-in").ClickAsync();

        await Assertions.Expect(web.Page.GetByRole(AriaRole.Img, new() { Name = "QR code of the authenticator secret" })).ToBeVisibleAsync();
        var key = (await web.Page.GetByTestId("totp-secret").InnerTextAsync()).Trim();
        await web.CheckPageAsync("mfa-enrolment");
        var code = Authenticator.Shared.FirstCode(email, key);
        await web.Page.GetByLabel("Code from the app").FillAsync(code == "000000" ? "111111" : "000000");
        await web.Page.GetByTestId("confirm-enrolment").ClickAsync();
        await Assertions.Expect(web.Page.GetByText("That code does not match")).ToBeVisibleAsync();
        await web.Page.GetByLabel("Code from the app").FillAsync(code);
        await web.Page.GetByTestId("confirm-enrolment").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await web.Page.GetByTestId("continue-after-codes").ClickAsync();
        await web.WaitForPathAsync("/staff/patients$");

        await web.Page.GetByTestId("sign-out").ClickAsync();
        await web.WaitForPathAsync("/login");
        await web.SignInAsync(email, PmsClient.Password);
        await web.WaitForPathAsync("/staff/patients$");
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientResetsAForgottenPasswordFromTheEmailedLink()
    {
        var client = new PmsClient(app);
        var (_, email) = await client.RegisterPatientAsync(TestContext.Current.CancellationToken);
        const string newPassword = "a fresh and memorable passphrase";
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.GoToAsync("/login");
        await web.Page.GetByTestId("forgot-password").ClickAsync();
        await web.WaitForPathAsync("/forgot-password$");
        await web.Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await web.Page.GetByTestId("send-reset").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("reset-sent")).ToBeVisibleAsync();

        var sink = new MailSink(app);
        await sink.WaitForAsync(email, "Reset your", TestContext.Current.CancellationToken);
        var link = ResetLink().Match(await sink.TextBodyOfAsync(email, "Reset your", TestContext.Current.CancellationToken)).Value;
        await web.Page.GotoAsync(link);
        await web.WaitUntilLiveAsync();
        await web.CheckPageAsync("reset-password");
        await web.Page.GetByLabel("New password", new() { Exact = true }).FillAsync(newPassword);
        await web.Page.GetByLabel("Repeat the new password").FillAsync(newPassword);
        await web.Page.GetByTestId("reset-password").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("password-reset-done")).ToBeVisibleAsync();

        await web.SignInAsync(email, newPassword);
        await web.WaitForPathAsync("/patient$");
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientAddsAnAuthenticatorAndChangesTheirPasswordOnTheAccountPage()
    {
        var (_, email) = await new PmsClient(app).RegisterPatientAsync(TestContext.Current.CancellationToken);
        const string newPassword = "another fresh and memorable passphrase";
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.SignInAsync(email, PmsClient.Password);
        await web.WaitForPathAsync("/patient$");

        await web.Page.GetByRole(AriaRole.Link, new() { Name = "Password and sign-in" }).ClickAsync();
        await web.WaitForPathAsync("/account$");
        await web.CheckPageAsync("account-security");
        await web.Page.GetByTestId("set-up-authenticator").ClickAsync();
        var key = (await web.Page.GetByTestId("totp-secret").InnerTextAsync()).Trim();
        await web.Page.GetByLabel("Code from the app").FillAsync(Authenticator.Shared.FirstCode(email, key));
        await web.Page.GetByTestId("confirm-enrolment").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await web.Page.GetByTestId("continue-after-codes").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("authenticator-added")).ToBeVisibleAsync();

        await web.Page.GetByLabel("Current password").FillAsync(PmsClient.Password);
        await web.Page.GetByLabel("New password", new() { Exact = true }).FillAsync(newPassword);
        await web.Page.GetByLabel("Repeat the new password").FillAsync(newPassword);
        await web.Page.GetByTestId("change-password").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("password-changed")).ToBeVisibleAsync();

        await web.Page.GetByTestId("sign-out").ClickAsync();
        await web.WaitForPathAsync("/login");
        await web.GoToAsync("/login");
        await web.Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await web.Page.GetByLabel("Password", new() { Exact = true }).FillAsync(newPassword);
        await web.Page.GetByTestId("sign-in").ClickAsync();
        await Assertions.Expect(web.Page.GetByLabel("Authentication code")).ToBeVisibleAsync();
        await web.Page.GetByLabel("Authentication code").FillAsync(await Authenticator.Shared.NextCodeAsync(email, TestContext.Current.CancellationToken));
        await web.Page.GetByTestId("verify-code").ClickAsync();
        await web.WaitForPathAsync("/patient$");
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ASignInCompletedFromAnotherBrowserSignsNobodyIn()
    {
        var (_, email) = await new PmsClient(app).RegisterPatientAsync(TestContext.Current.CancellationToken);
        await using var attacker = await WebPage.OpenAsync(browser, app);
        string? completion = null;
        await attacker.Page.RouteAsync("**/account/complete-sign-in**", async route =>
        {
            completion = route.Request.Url;
            await route.AbortAsync();
        });
        await attacker.GoToAsync("/login");
        await attacker.Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await attacker.Page.GetByLabel("Password", new() { Exact = true }).FillAsync(PmsClient.Password);
        await attacker.Page.GetByTestId("sign-in").ClickAsync();
        // The attacker's browser never completes: its navigation is aborted (it shows an error page), only the URL is kept.
        for (var wait = 0; completion is null && wait < 300; wait++)
        {
            await Task.Delay(100);
        }

        Assert.NotNull(completion);

        await using var victim = await WebPage.OpenAsync(browser, app);
        await victim.GoToAsync("/login");
        await victim.Page.GotoAsync(completion!);

        await victim.WaitForPathAsync("/login\\?reason=expired$");
        await victim.GoToAsync("/patient");
        await victim.WaitForPathAsync("/login");
    }

    [GeneratedRegex(@"http://\S+/reset-password\?token=[A-Za-z0-9_-]+")]
    private static partial Regex ResetLink();
}
