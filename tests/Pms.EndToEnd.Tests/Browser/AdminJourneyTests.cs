using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

public sealed class AdminJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnAdminCreatesAStaffAccountAndThatStaffMemberSignsIn()
    {
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.SignInAsync(PmsAppFixture.AdminEmail, PmsAppFixture.AdminPassword);
        await web.WaitForPathAsync("/admin$");
        await Assertions.Expect(web.Page.GetByTestId("outstanding-total")).ToContainTextAsync("USD");
        await web.CheckPageAsync("admin-dashboard");
        await web.GoToAsync("/admin/catalog");
        await Assertions.Expect(web.Page.GetByText("REG-FEE", new() { Exact = true })).ToBeVisibleAsync();
        await web.CheckPageAsync("admin-catalog");

        await web.GoToAsync("/admin/users");
        await web.Page.GetByTestId("new-user").ClickAsync();
        var email = PmsClient.NewEmail("web-staff");
        await web.Field("First name").FillAsync("Sam");
        await web.Field("Last name").FillAsync("Okafor");
        await web.Field("Email").FillAsync(email);
        await web.Field("First password").FillAsync(PmsClient.Password);
        await web.CheckPageAsync("admin-users");
        await web.Page.GetByTestId("create-user").ClickAsync();
        await Assertions.Expect(web.Page.GetByText($"Account {email} created.")).ToBeVisibleAsync();
        await web.Page.GetByTestId("sign-out").ClickAsync();
        await web.WaitForPathAsync("/login");

        await web.SignInAsync(email, PmsClient.Password);

        await web.WaitForPathAsync("/staff/patients$");
        await Assertions.Expect(web.Page.GetByTestId("signed-in-user")).ToHaveTextAsync("Sam Okafor");
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnAdminAddsAnInsurerAndWhatItPaysTheDeskIssuesASplitBillAndTheClaimIsSubmittedAndPaid()
    {
        var insurer = $"Lakeside Mutual {Random.Shared.Next(100_000, 999_999)}";
        var code = $"LM{Random.Shared.Next(100_000, 999_999)}";
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.SignInAsync(PmsAppFixture.AdminEmail, PmsAppFixture.AdminPassword);
        await web.WaitForPathAsync("/admin$");

        await web.GoToAsync("/admin/payers");
        await web.Page.GetByTestId("new-payer").ClickAsync();
        await web.Field("Code").FillAsync(code);
        await web.Field("Name").FillAsync(insurer);
        await web.Page.GetByTestId("save-payer").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("payers")).ToContainTextAsync(insurer);
        await web.Page.GetByTestId($"rules-{code}").ClickAsync();
        await web.Page.GetByTestId("add-rule").ClickAsync();
        await web.Field("Covered (%)").FillAsync("80");
        await web.Field("Co-pay per bill (optional)").FillAsync("10");
        await web.CheckPageAsync("admin-payers");
        await web.Page.GetByTestId("save-rule").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("coverage-rules")).ToContainTextAsync("80 %");

        await web.RegisterWalkInAsync($"Insured{Random.Shared.Next(100_000, 999_999)}");
        await web.WaitForPathAsync("/staff/patients/[0-9a-f-]{36}$");
        await Assertions.Expect(web.Page.GetByTestId("no-coverage")).ToBeVisibleAsync();
        await web.Page.GetByTestId("add-coverage").ClickAsync();
        await web.Page.GetByTestId("save-coverage").ClickAsync();
        await Assertions.Expect(web.Page.GetByText("Enter the member ID from the card.")).ToBeVisibleAsync();
        await web.ChooseAsync("Payer", insurer);
        await web.Field("Plan").FillAsync("Silver HMO");
        await web.Field("Member ID").FillAsync("LM-0042");
        await web.EnterAsync("Covered from", "2026-01-01");
        await web.ChooseAsync("Policy held by", "A spouse");
        await web.Field("Policy holder's name").FillAsync("Alan Turing");
        await web.CheckPageAsync("staff-coverage");
        await web.Page.GetByTestId("save-coverage").ClickAsync();

        var coverages = web.Page.GetByTestId("coverages");
        await Assertions.Expect(coverages).ToContainTextAsync(insurer);
        await Assertions.Expect(coverages).ToContainTextAsync("LM-0042");
        await Assertions.Expect(coverages).ToContainTextAsync("from 2026-01-01");
        await Assertions.Expect(coverages).ToContainTextAsync("In force");
        await Assertions.Expect(coverages).ToContainTextAsync("Alan Turing");

        // A follow-up consultation of 25.00: the patient pays the 10.00 co-pay, the insurer 80% of the other 15.00.
        await IssueFollowUpBillAsync(web);
        await Assertions.Expect(web.Page.GetByTestId("insurer-share")).ToHaveTextAsync($"12.00 USD ({code})");
        await Assertions.Expect(web.Page.GetByTestId("patient-share")).ToHaveTextAsync("13.00 USD");
        await Assertions.Expect(web.Page.GetByTestId("bill-balance")).ToHaveTextAsync("13.00 USD");
        await web.CheckPageAsync("staff-split-bill");
        var number = (await web.Page.Locator("main h1").TextContentAsync())!.Trim()["Bill ".Length..];
        var claim = "CLM" + number[3..];

        await web.GoToAsync("/staff/claims");
        await web.Page.GetByRole(AriaRole.Button, new() { Name = $"Submit {claim}" }).ClickAsync();
        await Assertions.Expect(web.Page.GetByText($"{claim} submitted to {code}.")).ToBeVisibleAsync();
        await web.ChooseAsync("Show", "With the insurer");
        // The claim's documents, fetched as its links on the page fetch them, with this browser's session.
        var row = web.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = claim });
        var document = await web.Page.APIRequest.GetAsync(new Uri(web.Address, await row.GetByTestId("claim-pdf").GetAttributeAsync("href")).ToString());
        var fhir = await web.Page.APIRequest.GetAsync(new Uri(web.Address, await row.GetByTestId("claim-fhir").GetAttributeAsync("href")).ToString());
        Assert.Equal((200, "application/pdf"), (document.Status, document.Headers["content-type"]));
        Assert.Contains($"claim-{claim}.pdf", document.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal("%PDF"u8.ToArray(), (await document.BodyAsync())[..4]);
        Assert.Equal(200, fhir.Status);
        using var resource = System.Text.Json.JsonDocument.Parse(await fhir.TextAsync());
        Assert.Equal("Claim", resource.RootElement.GetProperty("resourceType").GetString());
        await web.Page.GetByRole(AriaRole.Button, new() { Name = $"Settle {claim}" }).ClickAsync();
        await web.Field("Remittance reference").FillAsync("ERA-2026-0042");
        await web.CheckPageAsync("staff-claim-settlement");
        await web.Page.GetByTestId("record-remittance").ClickAsync();
        await Assertions.Expect(web.Page.GetByText($"{claim} is Paid; 0.00 USD is now the patient's to pay.")).ToBeVisibleAsync();
        await web.ChooseAsync("Show", "All claims");
        await Assertions.Expect(web.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = claim }).GetByTestId("claim-status")).ToHaveTextAsync("Paid");

        await web.GoToAsync("/reports");
        await Assertions.Expect(web.Page.GetByTestId("claim-outcomes")).ToContainTextAsync(insurer);
        await Assertions.Expect(web.Page.GetByTestId("revenue-by-payer")).ToContainTextAsync(insurer);
        await web.CheckPageAsync("admin-reports");
        var openBills = await web.Page.APIRequest.GetAsync(new Uri(web.Address, await web.Page.GetByTestId("open-bills-csv").GetAttributeAsync("href")).ToString());
        Assert.Equal((200, "text/csv"), (openBills.Status, openBills.Headers["content-type"]));
        Assert.StartsWith("Number,IssuedOn,AgeDays,AgeBucket,Mrn,PatientName,BillType,PayerCode,Currency,Total,InsurerShare,PatientPaid,PatientOwes", await openBills.TextAsync(), StringComparison.Ordinal);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnAdminRefundsPartOfAPaidBillAndVoidsAnUnpaidOneEachWithAReasonAfterConfirming()
    {
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.SignInAsync(PmsAppFixture.AdminEmail, PmsAppFixture.AdminPassword);
        await web.WaitForPathAsync("/admin$");
        await web.RegisterWalkInAsync($"Refund{Random.Shared.Next(100_000, 999_999)}");
        await web.WaitForPathAsync("/staff/patients/[0-9a-f-]{36}$");
        var record = web.Page.Url;

        await IssueFollowUpBillAsync(web);
        await web.Page.GetByTestId("record-payment").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("bill-status")).ToHaveTextAsync("Paid");
        await web.Page.GetByTestId("refund-bill").ClickAsync();
        await Assertions.Expect(web.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("A refund cannot be undone.");
        await web.EnterAsync("Amount (USD)", "100");
        await Assertions.Expect(web.Page.GetByText("At most 25.00 can be refunded.")).ToBeVisibleAsync();
        await web.EnterAsync("Amount (USD)", "5");
        await web.Page.GetByTestId("confirm-correction").ClickAsync();
        await Assertions.Expect(web.Page.GetByText("Give the reason; it stays on the bill.")).ToBeVisibleAsync();
        await web.CheckPageAsync("admin-refund");
        await web.Field("Reason").FillAsync("Charged the follow-up twice");
        await web.Page.GetByTestId("confirm-correction").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("refunds")).ToContainTextAsync("Charged the follow-up twice");
        await Assertions.Expect(web.Page.GetByTestId("refunds")).ToContainTextAsync("5.00 USD");

        await web.Page.GotoAsync(record);
        await web.WaitUntilLiveAsync();
        await IssueFollowUpBillAsync(web);
        await web.Page.GetByTestId("void-bill").ClickAsync();
        await web.Page.GetByRole(AriaRole.Button, new() { Name = "Keep the bill as it is" }).ClickAsync();
        await Assertions.Expect(web.Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Assertions.Expect(web.Page.GetByTestId("bill-status")).ToHaveTextAsync("Issued");
        await web.Page.GetByTestId("void-bill").ClickAsync();
        await web.Field("Reason").FillAsync("Issued to the wrong patient");
        await web.Page.GetByTestId("confirm-correction").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("bill-status")).ToHaveTextAsync("Void");
        await Assertions.Expect(web.Page.GetByTestId("void-reason")).ToHaveTextAsync("Issued to the wrong patient");
        await Assertions.Expect(web.Page.GetByTestId("void-bill")).ToHaveCountAsync(0);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APriceIsReadTheWayTheAdminsLanguageWritesNumbersAndAnAmbiguousOneIsRefused()
    {
        var code = $"T-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        await using var english = await WebPage.OpenAsync(browser, app);
        await english.SignInAsync(PmsAppFixture.AdminEmail, PmsAppFixture.AdminPassword);
        await english.WaitForPathAsync("/admin$");
        await english.GoToAsync("/admin/catalog");
        await english.Page.GetByRole(AriaRole.Button, new() { Name = "New item" }).ClickAsync();
        await english.EnterAsync("Price", "12,50");
        await Assertions.Expect(english.Page.GetByText("Write the amount like 1,234.50.")).ToBeVisibleAsync();
        await english.EnterAsync("Price", "-5");
        await Assertions.Expect(english.Page.GetByText("An amount cannot be negative.")).ToBeVisibleAsync();

        await using var german = await WebPage.OpenAsync(browser, app, locale: "de-DE");
        await german.SignInAsync(PmsAppFixture.AdminEmail, PmsAppFixture.AdminPassword);
        await german.WaitForPathAsync("/admin$");
        await german.GoToAsync("/admin/catalog");
        await german.Page.GetByRole(AriaRole.Button, new() { Name = "New item" }).ClickAsync();
        await german.Field("Code").FillAsync(code);
        await german.Field("Name").FillAsync("Wound dressing");
        await german.EnterAsync("Price", "12,50");
        await german.Page.GetByTestId("save-price-item").ClickAsync();
        await Assertions.Expect(german.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = code })).ToContainTextAsync("12.50 USD");
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnAdminCannotLockTheirOwnAccountAndLocksAnotherOnlyWithAReason()
    {
        var (_, email) = await new PmsClient(app).CreateStaffAsync(PmsRoles.Staff, TestContext.Current.CancellationToken);
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.SignInAsync(PmsAppFixture.AdminEmail, PmsAppFixture.AdminPassword);
        await web.WaitForPathAsync("/admin$");
        await web.GoToAsync("/admin/users");

        await web.Field("Search by name or email").FillAsync(PmsAppFixture.AdminEmail);
        var own = web.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = PmsAppFixture.AdminEmail });
        await Assertions.Expect(own.GetByTestId("lock")).ToBeDisabledAsync();

        await web.Field("Search by name or email").FillAsync(email);
        var other = web.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
        await other.GetByTestId("lock").ClickAsync();
        await web.Page.GetByTestId("confirm-lock").ClickAsync();
        await Assertions.Expect(web.Page.GetByText("Give the reason; it is kept in the audit log.")).ToBeVisibleAsync();
        await web.CheckPageAsync("admin-lock");
        await web.Field("Reason").FillAsync("Left the hospital");
        await web.Page.GetByTestId("confirm-lock").ClickAsync();

        await Assertions.Expect(other).ToContainTextAsync("Locked");
        await Assertions.Expect(other.GetByRole(AriaRole.Button, new() { Name = "Unlock" })).ToBeVisibleAsync();
    }

    private static async Task IssueFollowUpBillAsync(WebPage web)
    {
        await web.Page.GetByTestId("new-bill").ClickAsync();
        await web.WaitForPathAsync("/bills/new$");
        await web.PickAsync("Catalog item", "Follow-up", "Follow-up consultation");
        await web.Page.GetByTestId("add-catalog-line").ClickAsync();
        await web.Page.GetByTestId("issue-bill").ClickAsync();
        await web.WaitForPathAsync("/bills/[0-9a-f-]{36}$");
    }
}
