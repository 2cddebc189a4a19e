using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

public sealed class StaffJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task StaffRegisterAWalkInPastTheDuplicateWarningBillThemAreToldWhatIsWrongWithAnAmountTakeTwoPaymentsAndDownloadTheReceipt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (_, staffEmail) = await new PmsClient(app).CreateStaffAsync(PmsRoles.Staff, cancellationToken);
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.SignInAsync(staffEmail, PmsClient.Password);
        await web.WaitForPathAsync("/staff/patients$");
        await web.CheckPageAsync("staff-patients");

        var lastName = $"Hopper{Random.Shared.Next(100_000, 999_999)}";
        await web.RegisterWalkInAsync(lastName);
        await web.WaitForPathAsync("/staff/patients/[0-9a-f-]{36}$");
        await web.RegisterWalkInAsync(lastName);
        await Assertions.Expect(web.Page.GetByTestId("duplicate-warning")).ToContainTextAsync("may already be registered");
        await web.CheckPageAsync("staff-walk-in-duplicate");
        await web.Page.GetByTestId("register-anyway").ClickAsync();
        await web.WaitForPathAsync("/staff/patients/[0-9a-f-]{36}$");
        await Assertions.Expect(web.Page.GetByTestId("mrn")).ToContainTextAsync("PMS-");
        await web.CheckPageAsync("staff-patient");
        await web.Page.GetByTestId("correct-record").ClickAsync();
        await web.Field("First name").FillAsync("Grace Brewster");
        await web.ChooseAsync("Sex", "Female");
        await web.Page.GetByTestId("save-patient").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("details-saved")).ToHaveTextAsync("The record is saved.");
        await Assertions.Expect(web.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Grace Brewster {lastName}");

        await web.Page.GetByTestId("new-bill").ClickAsync();
        await web.WaitForPathAsync("/bills/new$");
        await web.PickAsync("Catalog item", "Follow-up", "Follow-up consultation");
        await web.Page.GetByTestId("add-catalog-line").ClickAsync();
        await web.Field("Description").FillAsync("Dressing pack");
        await web.Field("Unit price").FillAsync("12.50");
        await web.Page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("bill-total")).ToHaveTextAsync("37.50 USD");
        await web.CheckPageAsync("staff-new-bill");
        await web.Page.GetByTestId("issue-bill").ClickAsync();

        await web.WaitForPathAsync("/bills/[0-9a-f-]{36}$");
        await Assertions.Expect(web.Page.GetByTestId("bill-patient")).ToContainTextAsync($"Grace Brewster {lastName} · PMS-");
        await Assertions.Expect(web.Field("Amount (USD)")).ToHaveValueAsync("37.50");
        await web.EnterAsync("Amount (USD)", "0");
        await Assertions.Expect(web.Page.GetByText("The amount must be more than zero.")).ToBeVisibleAsync();
        await web.EnterAsync("Amount (USD)", "12,50");
        await Assertions.Expect(web.Page.GetByText("Write the amount like 1,234.50.")).ToBeVisibleAsync();
        await web.EnterAsync("Amount (USD)", "40");
        await Assertions.Expect(web.Page.GetByText("At most the balance, 37.50, can be paid.")).ToBeVisibleAsync();
        await web.EnterAsync("Amount (USD)", "20");
        await web.Page.GetByTestId("record-payment").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("bill-status")).ToHaveTextAsync("Partially paid");
        await Assertions.Expect(web.Field("Amount (USD)")).ToHaveValueAsync("17.50");
        await web.Page.GetByTestId("record-payment").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("bill-status")).ToHaveTextAsync("Paid");
        await web.CheckPageAsync("staff-bill");
        var download = await web.Page.RunAndWaitForDownloadAsync(() => web.Page.GetByTestId("download-invoice").ClickAsync());
        var invoice = Path.Combine(Artifacts.Directory, download.SuggestedFilename);
        await download.SaveAsAsync(invoice);

        Assert.Matches("^receipt-INV-\\d{4}-\\d{6}\\.pdf$", download.SuggestedFilename);
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(invoice, cancellationToken))[..4]);
    }
}
