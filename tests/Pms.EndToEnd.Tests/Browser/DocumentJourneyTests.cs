using System.Text;
using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

public sealed class DocumentJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string FileLabel = "File: a PDF, PNG or JPEG of at most 20 MB";

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientUploadsAReportDownloadsTheSameBytesIsRefusedATextFileAndStaffSeeTheReport()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var client = new PmsClient(app);
        var (userId, email) = await client.RegisterPatientAsync(cancellationToken);
        await client.WaitForPatientRecordAsync(userId, cancellationToken);
        var patientId = await client.PatientIdOfAsync(email, cancellationToken);
        var report = MinimalPdf();
        await using var patient = await WebPage.OpenAsync(browser, app);
        await patient.SignInAsync(email, PmsClient.Password);
        await patient.WaitForPathAsync("/patient$");

        await patient.GoToAsync("/patient/reports");
        await Assertions.Expect(patient.Page.GetByTestId("no-documents")).ToBeVisibleAsync();
        await patient.CheckPageAsync("patient-reports");
        await UploadAsync(patient, new FilePayload { Name = "blood-count.pdf", MimeType = "application/pdf", Buffer = report }, "Full blood count");
        await Assertions.Expect(patient.Page.GetByTestId("documents")).ToContainTextAsync("Full blood count");
        await Assertions.Expect(patient.Page.GetByTestId("documents")).ToContainTextAsync("Lab result");

        var download = await patient.Page.RunAndWaitForDownloadAsync(() => patient.Page.GetByTestId("download-document").ClickAsync());
        var saved = Path.Combine(Artifacts.Directory, $"downloaded-{download.SuggestedFilename}");
        await download.SaveAsAsync(saved);
        Assert.Equal("blood-count.pdf", download.SuggestedFilename);
        Assert.Equal(report, await File.ReadAllBytesAsync(saved, cancellationToken));

        await UploadAsync(patient, new FilePayload { Name = "notes.pdf", MimeType = "application/pdf", Buffer = "Only some notes."u8.ToArray() }, "Notes");
        await Assertions.Expect(patient.Page.GetByTestId("problem")).ToContainTextAsync("The file is not a PDF, PNG or JPEG.");
        await Assertions.Expect(patient.Page.GetByTestId("upload-document")).ToBeEnabledAsync();
        await patient.CheckPageAsync("patient-reports-refused");
        await Assertions.Expect(patient.Page.GetByTestId("download-document")).ToHaveCountAsync(1);

        var (_, staffEmail) = await client.CreateStaffAsync(PmsRoles.Staff, cancellationToken);
        await using var staff = await WebPage.OpenAsync(browser, app);
        await staff.SignInAsync(staffEmail, PmsClient.Password);
        await staff.WaitForPathAsync("/staff/patients$");
        await staff.GoToAsync($"/staff/patients/{patientId}");
        await Assertions.Expect(staff.Page.GetByTestId("documents")).ToContainTextAsync("Full blood count");
        await Assertions.Expect(staff.Page.GetByTestId("uploaded")).ToContainTextAsync("(Patient)");
        await staff.Page.GetByTestId("document-accesses").ClickAsync();
        await Assertions.Expect(staff.Page.GetByTestId("accesses")).ToContainTextAsync("Downloaded");
        await Assertions.Expect(staff.Page.GetByTestId("accesses")).ToContainTextAsync("Mary Seacole (Patient)");
        await staff.CheckPageAsync("staff-patient-documents");
    }

    private static async Task UploadAsync(WebPage web, FilePayload file, string title)
    {
        await web.Field(FileLabel).SetInputFilesAsync(file);
        await web.Field("Title").FillAsync(title);
        await web.ChooseAsync("Kind", "Lab result");
        await web.EnterAsync("Date of the document", DateTime.Today.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await web.Page.GetByTestId("upload-document").ClickAsync();
    }

    /// <summary>A one-page PDF with a correct cross-reference table, small enough to write out here.</summary>
    private static byte[] MinimalPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var number = 1; number <= objects.Length; number++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{number} 0 obj\n{objects[number - 1]}\nendobj\n");
        }

        var crossReference = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{crossReference}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
