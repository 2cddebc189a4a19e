using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

public sealed class PatientJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly TimeSpan HandOverLimit = TimeSpan.FromSeconds(10);

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientRegistersSeesTheRegistrationBillAndPaysItOnline()
    {
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.GoToAsync("/");
        await web.CheckPageAsync("home");

        await web.GoToAsync("/register");
        await web.CheckPageAsync("register");
        await web.FillRegistrationAsync("Seacole", PmsClient.NewEmail("web-patient"), "+44 20 7946 0018");
        var handOver = System.Diagnostics.Stopwatch.StartNew();
        await web.SubmitRegistrationAsync();

        // The hand-over is what the person sees: their dashboard as the server starts sending it (the record follows in the
        // same answer), before the page turns live.
        await web.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/patient$"),
            new() { Timeout = (float)HandOverLimit.TotalMilliseconds, WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(web.Page.GetByRole(AriaRole.Heading, new() { Name = "My record" })).ToBeVisibleAsync();
        var shown = handOver.Elapsed;
        await web.WaitForPathAsync("/patient$");
        TestContext.Current.SendDiagnosticMessage(
            $"Registration to dashboard: shown after {shown.TotalMilliseconds:0} ms, live after {handOver.Elapsed.TotalMilliseconds:0} ms.");
        // The page no longer waits for the record (it once froze for about 20 s). Speed itself is the bench's to measure
        // (scenario 3, the hand-over's server part); this bound only catches a page that waits for something again.
        Assert.True(shown < HandOverLimit, $"The dashboard took {shown.TotalSeconds:0.0} s to appear after registering.");
        var registrationBill = web.Page.GetByTestId("bill-link").First;
        await registrationBill.WaitForAsync(new() { Timeout = 60_000 });
        await web.CheckPageAsync("patient-dashboard");
        await registrationBill.ClickAsync();
        await web.WaitForPathAsync("/bills/[0-9a-f-]{36}$");
        await web.CheckPageAsync("patient-bill");
        await web.Page.GetByTestId("pay-online").ClickAsync();

        // The provider's hosted page: a declined card is said plainly, and the bill is untouched.
        await web.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/checkout/cs_test_"));
        await web.Page.GetByLabel("Card number").FillAsync(PaymentSandbox.DeclinedCard);
        await web.Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Pay ") }).ClickAsync();
        await Assertions.Expect(web.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Your card was declined.");

        await web.Page.GetByLabel("Card number").FillAsync(PaymentSandbox.SucceedingCard);
        await web.Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Pay ") }).ClickAsync();

        await web.WaitForPathAsync("/bills/[0-9a-f-]{36}\\?checkout=cs_test_");
        await Assertions.Expect(web.Page.GetByTestId("payment-received")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(web.Page.GetByTestId("bill-status")).ToHaveTextAsync("Paid");
        Assert.StartsWith("0.00", await web.Page.GetByTestId("bill-balance").InnerTextAsync());

        await web.GoToAsync("/patient");
        await web.Page.GetByRole(AriaRole.Tab, new() { Name = "Messages" }).ClickAsync();
        await web.Page.GetByRole(AriaRole.Button, new() { Name = "Read: Welcome by Email" }).ClickAsync();
        await Assertions.Expect(web.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Your medical record number is PMS-");
        await web.CheckPageAsync("patient-message");
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientWhoCancelsOnTheProvidersPageComesBackToAnUnpaidBillAndIsToldSo()
    {
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.GoToAsync("/register");
        await web.RegisterAsync("Nightingale", PmsClient.NewEmail("web-cancels"), "+44 20 7946 0019");
        await web.WaitForPathAsync("/patient$");
        var registrationBill = web.Page.GetByTestId("bill-link").First;
        await registrationBill.WaitForAsync(new() { Timeout = 60_000 });
        await registrationBill.ClickAsync();
        await web.WaitForPathAsync("/bills/[0-9a-f-]{36}$");
        await web.Page.GetByTestId("pay-online").ClickAsync();
        await web.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/checkout/cs_test_"));
        await web.Page.GetByLabel("Card number").FillAsync(PaymentSandbox.InsufficientFundsCard);
        await web.Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Pay ") }).ClickAsync();
        await Assertions.Expect(web.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Your card has insufficient funds.");

        await web.Page.GetByRole(AriaRole.Link, new() { Name = "Cancel and go back" }).ClickAsync();

        await web.WaitForPathAsync("/bills/[0-9a-f-]{36}\\?checkout=cancelled$");
        await Assertions.Expect(web.Page.GetByTestId("payment-cancelled")).ToBeVisibleAsync();
        await Assertions.Expect(web.Page.GetByTestId("pay-online")).ToBeVisibleAsync();
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task OnAPhoneTheRecordTheBillsAndABillFitTheScreenAndPayingNeedsNoScrolling()
    {
        var email = PmsClient.NewEmail("mary.jane.seacole-of-kingston");
        const string street = "Flat 12, Saint Thomas's Hospital Nurses' Residence, Westminster Bridge Road";
        await using var web = await WebPage.OpenAsync(browser, app, WebPage.Phone);
        await web.GoToAsync("/register");
        await web.ExpectHeadingFocusedWithoutRingAsync();
        await web.RegisterAsync("Seacole", email, "+44 20 7946 0018");
        await web.WaitForPathAsync("/patient$");
        await web.ExpectHeadingFocusedWithoutRingAsync();

        // The page reads the record again until the fee is charged. Charging changes the record's version, so contact
        // details edited before then would be refused as changed by someone else.
        await Assertions.Expect(web.Page.GetByTestId("registration-fee")).ToHaveTextAsync("Charged", new() { Timeout = 60_000 });

        await web.Page.GetByTestId("edit-contact").ClickAsync();
        await web.Field("Address line 1").FillAsync(street);
        await web.Field("City").FillAsync("Kingston upon Thames");
        await web.Field("Postal code").FillAsync("KT1 1AA");
        await web.Field("Country").FillAsync("United Kingdom");
        await web.Page.GetByTestId("save-patient").ClickAsync();

        await Assertions.Expect(web.Page.GetByTestId("contact-saved")).ToHaveTextAsync("Your contact details are saved.");
        var summary = web.Page.GetByTestId("patient-summary");
        await Assertions.Expect(summary).ToContainTextAsync($"{street}, Kingston upon Thames, KT1 1AA, United Kingdom");
        await Assertions.Expect(summary).ToContainTextAsync(email);
        await Assertions.Expect(summary).ToContainTextAsync("+44 20 7946 0018");
        Assert.Empty(await web.OverflowingAsync("main, [data-testid=patient-summary], [data-testid=patient-summary] dl, [data-testid=patient-summary] dd, [role=tab]"));
        await web.CheckPageAsync("phone-patient-record");

        await web.Page.GetByRole(AriaRole.Tab, new() { Name = "Bills" }).ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("bills")).ToBeVisibleAsync();
        Assert.Empty(await web.OverflowingAsync("main, [data-testid=bills], [data-testid=bills] td"));
        await web.CheckPageAsync("phone-patient-bills");

        await web.Page.GetByTestId("bills").GetByTestId("bill-link").First.ClickAsync();
        await web.WaitForPathAsync("/bills/[0-9a-f-]{36}$");
        var pay = web.Page.GetByTestId("pay-online");
        await Assertions.Expect(pay).ToBeVisibleAsync();
        Assert.Empty(await web.OverflowingAsync("main, [data-testid=bill-items], [data-testid=bill-items] td"));
        var payBox = await pay.BoundingBoxAsync();
        Assert.True(payBox!.Y + payBox.Height <= WebPage.Phone.Height, $"Pay is at {payBox.Y} px, below the first {WebPage.Phone.Height} px of the screen.");
        await web.CheckPageAsync("phone-bill");
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AWrongPasswordIsToldWithoutSigningIn()
    {
        await using var web = await WebPage.OpenAsync(browser, app);

        await web.SignInAsync(PmsClient.NewEmail("nobody"), "not the right passphrase");

        await Assertions.Expect(web.Page.GetByTestId("problem")).ToContainTextAsync("Wrong email or password, or the account is temporarily locked.");
        await web.CheckPageAsync("login");
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task SigningOutEndsTheSessionAndProtectedPagesAskToSignIn()
    {
        var client = new PmsClient(app);
        var (_, email) = await client.RegisterPatientAsync(TestContext.Current.CancellationToken);
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.SignInAsync(email, PmsClient.Password);
        await web.WaitForPathAsync("/patient$");

        await web.Page.GetByTestId("sign-out").ClickAsync();
        await web.WaitForPathAsync("/login");
        await web.GoToAsync("/patient");

        await web.WaitForPathAsync("(?i)/login\\?returnUrl=%2Fpatient$");
        Assert.DoesNotContain(await web.Page.Context.CookiesAsync(), cookie => cookie.Name == "pms.session");
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnUnknownAddressShowsTheWebsOwnPageNotFoundAndEveryPageHasAnIcon()
    {
        await using var web = await WebPage.OpenAsync(browser, app);

        var response = await web.Page.GotoAsync(new Uri(web.Address, "/no-such-page").ToString());
        await web.WaitUntilLiveAsync();

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(web.Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        var icon = await web.Page.Locator("link[rel=icon]").GetAttributeAsync("href");
        var iconResponse = await web.Page.APIRequest.GetAsync(new Uri(web.Address, icon).ToString());
        Assert.Equal(200, iconResponse.Status);
        Assert.Equal("image/svg+xml", iconResponse.Headers["content-type"]);
        await web.CheckPageAsync("not-found");
    }
}
