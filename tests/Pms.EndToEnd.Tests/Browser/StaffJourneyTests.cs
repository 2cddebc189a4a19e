using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

public sealed class StaffJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task StaffRegisterAWalkInPastTheDuplicateWarningBillThemTakeAPaymentAndDownloadTheInvoice()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (_, staffEmail) = await new PmsClient(app).CreateStaffAsync(PmsRoles.Staff, cancellationToken);
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.SignInAsync(staffEmail, PmsClient.Password);
        await web.WaitForPathAsync("/staff/patients$");
        await web.CheckPageAsync("staff-patients");

        var lastName = $"Hopper{Random.Shared.Next(100_000, 999_999)}";
        await RegisterWalkInAsync(web, lastName);
        await web.WaitForPathAsync("/staff/patients/[0-9a-f-]{36}$");
        await RegisterWalkInAsync(web, lastName);
        await Assertions.Expect(web.Page.GetByTestId("duplicate-warning")).ToContainTextAsync("may already be registered");
        await web.CheckPageAsync("staff-walk-in-duplicate");
        await web.Page.GetByTestId("register-anyway").ClickAsync();
        await web.WaitForPathAsync("/staff/patients/[0-9a-f-]{36}$");
        await Assertions.Expect(web.Page.GetByTestId("mrn")).ToContainTextAsync("PMS-");
        await web.CheckPageAsync("staff-patient");

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
        await web.Page.GetByTestId("record-payment").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("bill-status")).ToHaveTextAsync("Paid");
        await web.CheckPageAsync("staff-bill");
        var download = await web.Page.RunAndWaitForDownloadAsync(() => web.Page.GetByTestId("download-invoice").ClickAsync());
        var invoice = Path.Combine(Artifacts.Directory, download.SuggestedFilename);
        await download.SaveAsAsync(invoice);

        Assert.Matches("^INV-\\d{4}-\\d{6}\\.pdf$", download.SuggestedFilename);
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(invoice, cancellationToken))[..4]);
    }

    private static async Task RegisterWalkInAsync(WebPage web, string lastName)
    {
        await web.GoToAsync("/staff/patients/new");
        await web.Field("First name").FillAsync("Grace");
        await web.Field("Last name").FillAsync(lastName);
        await web.EnterAsync("Date of birth", "1936-12-09");
        await web.ChooseAsync("Sex", "Female");
        await web.Page.GetByTestId("save-patient").ClickAsync();
    }
}
