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
}
