using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

public sealed class PatientJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientRegistersSeesTheRegistrationBillAndPaysItOnline()
    {
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.GoToAsync("/");
        await web.CheckPageAsync("home");

        await web.GoToAsync("/register");
        await web.CheckPageAsync("register");
        await web.RegisterAsync("Seacole", PmsClient.NewEmail("web-patient"), "+44 20 7946 0018");

        await web.WaitForPathAsync("/patient$");
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
    public async Task OnAPhoneTheRecordWrapsLongContactDetailsInsideItsCard()
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

        var summary = web.Page.GetByTestId("patient-summary");
        await Assertions.Expect(summary).ToContainTextAsync($"{street}, Kingston upon Thames, KT1 1AA, United Kingdom");
        await Assertions.Expect(summary).ToContainTextAsync(email);
        Assert.Empty(await web.OverflowingAsync("main, [data-testid=patient-summary], [data-testid=patient-summary] dl, [data-testid=patient-summary] dd"));
        await web.CheckPageAsync("phone-patient-record");
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
}
