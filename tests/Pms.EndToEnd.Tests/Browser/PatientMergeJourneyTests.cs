using Microsoft.Playwright;
using Pms.ServiceDefaults.Phones;

namespace Pms.EndToEnd.Tests.Browser;

public sealed class PatientMergeJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string AnyRecord = "/staff/patients/[0-9a-f-]{36}$";

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task StaffMergeADuplicateWalkInKeepingItsPhoneNumberAndAnAdministratorUndoesTheMerge()
    {
        var (_, staffEmail) = await new PmsClient(app).CreateStaffAsync(PmsRoles.Staff, TestContext.Current.CancellationToken);
        await using var staff = await WebPage.OpenAsync(browser, app);
        await staff.SignInAsync(staffEmail, PmsClient.Password);
        await staff.WaitForPathAsync("/staff/patients$");
        var lastName = $"Merged{Random.Shared.Next(100_000, 999_999)}";
        var newPhone = Phones.Unique();
        await staff.RegisterWalkInAsync(lastName, Phones.Unique());
        await staff.WaitForPathAsync(AnyRecord);
        var survivor = new Uri(staff.Page.Url).AbsolutePath;
        await staff.RegisterWalkInAsync(lastName, newPhone);
        await staff.Page.GetByTestId("register-anyway").ClickAsync();
        await staff.WaitForPathAsync(AnyRecord);
        var duplicate = new Uri(staff.Page.Url).AbsolutePath;
        var duplicateMrn = (await staff.Page.GetByTestId("mrn").InnerTextAsync()).Trim();

        await staff.GoToAsync(survivor);
        await staff.Page.GetByTestId("merge-duplicate").ClickAsync();
        await staff.WaitForPathAsync($"{survivor}/merge$");
        await staff.Field("Find the other record by name, MRN, phone, email or identifier").FillAsync(duplicateMrn);
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = $"Compare with {duplicateMrn}" }).ClickAsync();
        await staff.Page.GetByRole(AriaRole.Radio, new() { Name = "Phone of the other record" }).CheckAsync();
        await Assertions.Expect(staff.Page.Locator("tr[data-field=phoneNumber] [data-testid=kept]")).ToHaveTextAsync(E164.Display(newPhone));
        await staff.CheckPageAsync("staff-merge-comparison");
        await staff.Page.GetByRole(AriaRole.Checkbox, new() { Name = "are records of the same person" }).CheckAsync();
        await staff.Page.GetByTestId("merge").ClickAsync();

        await staff.WaitForPathAsync($"{survivor}$");
        await Assertions.Expect(staff.Page.GetByTestId("patient-summary")).ToContainTextAsync(E164.Display(newPhone));
        await Assertions.Expect(staff.Page.GetByTestId("merged-records")).ToHaveTextAsync($"{duplicateMrn}, Grace {lastName} was merged into this record");
        await staff.Page.GetByRole(AriaRole.Link, new() { Name = $"{duplicateMrn}, Grace {lastName}" }).ClickAsync();
        await staff.WaitForPathAsync($"{duplicate}$");
        await Assertions.Expect(staff.Page.GetByTestId("merged-banner")).ToContainTextAsync("This record was merged into");
        await Assertions.Expect(staff.Page.GetByTestId("record-status")).ToHaveTextAsync("Record status: Inactive");
        await Assertions.Expect(staff.Page.GetByTestId("correct-record")).ToHaveCountAsync(0);
        await staff.CheckPageAsync("staff-merged-record");

        await using var admin = await WebPage.OpenAsync(browser, app);
        await admin.SignInAsync(PmsAppFixture.AdminEmail, PmsAppFixture.AdminPassword);
        await admin.WaitForPathAsync("/admin$");
        await admin.GoToAsync(duplicate);
        await admin.Page.GetByTestId("undo-merge").ClickAsync();
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("becomes active again");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Undo the merge" }).ClickAsync();

        await Assertions.Expect(admin.Page.GetByTestId("record-status")).ToHaveTextAsync("Record status: Active");
        await Assertions.Expect(admin.Page.GetByTestId("merged-banner")).ToHaveCountAsync(0);
        await Assertions.Expect(admin.Page.GetByTestId("merge-status")).ToContainTextAsync("Undone");
    }
}
