using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

public sealed class AuditJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientSeesWhoViewedTheirRecordAndAnAdminFollowsTheRecordsHistoryVerifiesAndExportsIt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var client = new PmsClient(app);
        var (userId, email) = await client.RegisterPatientAsync(cancellationToken);
        await client.WaitForPatientRecordAsync(userId, cancellationToken);
        var patientId = await client.PatientIdOfAsync(email, cancellationToken);

        await using var patient = await WebPage.OpenAsync(browser, app, WebPage.Phone);
        await patient.SignInAsync(email, PmsClient.Password);
        await patient.WaitForPathAsync("/patient$");
        await patient.GoToAsync("/patient/access-history");
        var history = patient.Page.GetByTestId("access-history");
        await Assertions.Expect(history).ToContainTextAsync("Viewed your record", new() { Timeout = 30_000 });
        await Assertions.Expect(history).ToContainTextAsync("You");
        await patient.CheckPageAsync("patient-access-history");

        await using var admin = await WebPage.OpenAsync(browser, app);
        await admin.SignInAsync(PmsAppFixture.AdminEmail, PmsAppFixture.AdminPassword);
        await admin.WaitForPathAsync("/admin$");
        await admin.GoToAsync($"/staff/patients/{patientId}");
        var panel = admin.Page.GetByTestId("access-history");
        await Assertions.Expect(panel).ToContainTextAsync("Read Patient");
        await admin.CheckPageAsync("staff-patient-access-history");

        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "All of it in the audit log" }).ClickAsync();
        await admin.WaitForPathAsync("/admin/audit\\?patientId=[0-9a-f-]{36}$");
        await Assertions.Expect(admin.Page.GetByTestId("audit-entries")).ToContainTextAsync("Mary Seacole");
        await admin.Page.GetByTestId("verify").ClickAsync();
        await Assertions.Expect(admin.Page.GetByTestId("verification")).ToContainTextAsync(new Regex("^Intact: [0-9,]+ records checked\\.$"));
        await admin.CheckPageAsync("admin-audit");

        var download = await admin.Page.RunAndWaitForDownloadAsync(() => admin.Page.GetByTestId("export").ClickAsync());
        Assert.Matches("^audit-[0-9]{8}-[0-9]{6}\\.csv$", download.SuggestedFilename);
        var saved = Path.Combine(Artifacts.Directory, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        var lines = await File.ReadAllLinesAsync(saved, cancellationToken);
        Assert.StartsWith("at,userId,userName,role,action", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Contains($",Read,Patient,{patientId},", StringComparison.Ordinal));
    }
}
