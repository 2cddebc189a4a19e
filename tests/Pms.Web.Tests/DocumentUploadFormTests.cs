using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Pms.Contracts;
using Pms.Contracts.Documents;
using Pms.Web.Components.Forms;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class DocumentUploadFormTests : WebComponentTest
{
    private static readonly Guid PatientId = Guid.NewGuid();

    public DocumentUploadFormTests() => SignIn(PmsRoles.Patient);

    [Fact]
    public void AFileOverTwentyMegabytesIsRefusedBeforeAnythingIsSent()
    {
        var form = Render<DocumentUploadForm>(parameters => parameters.Add(form => form.PatientId, PatientId));

        Choose(form, InputFileContent.CreateFromBinary(new byte[DocumentLimits.MaxFileBytes + 1], "scan.pdf", contentType: "application/pdf"));
        Describe(form);
        form.Find("form").Submit();

        Assert.Contains("This file is larger than 20 MB", form.Find(".validation-message").TextContent);
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public void AFileOfExactlyTwentyMegabytesIsNotRefusedByTheForm()
    {
        var form = Render<DocumentUploadForm>(parameters => parameters.Add(form => form.PatientId, PatientId));

        Choose(form, InputFileContent.CreateFromBinary(new byte[DocumentLimits.MaxFileBytes], "scan.pdf", contentType: "application/pdf"));

        Assert.Empty(form.FindAll(".validation-message"));
    }

    [Fact]
    public void AFileWhoseContentIsNotAcceptedShowsPatientServicesAnswer()
    {
        Gateway.AnswerProblem(HttpStatusCode.UnsupportedMediaType, "The file is not a PDF, PNG or JPEG.", "Its content decides, not its name.");
        var form = Render<DocumentUploadForm>(parameters => parameters.Add(form => form.PatientId, PatientId));

        Choose(form, InputFileContent.CreateFromText("just some text", "results.pdf", contentType: "application/pdf"));
        Describe(form);
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("The file is not a PDF, PNG or JPEG.", form.Find("[data-testid=problem]").TextContent));
        Assert.Contains("Its content decides, not its name.", form.Find("[data-testid=problem]").TextContent);
    }

    [Fact]
    public void TheFileAndItsDescriptionAreSentAsOneMultipartForm()
    {
        PatientDocument? uploaded = null;
        var document = new PatientDocument(Guid.NewGuid(), PatientId, "Blood count", "LabResult", new DateOnly(2026, 3, 1), "results.pdf", "application/pdf",
            14, new string('0', 64), Guid.NewGuid(), "Mary Seacole (Patient)", DateTimeOffset.UtcNow);
        Gateway.Answer(HttpStatusCode.Created, document);
        var form = Render<DocumentUploadForm>(parameters => parameters
            .Add(form => form.PatientId, PatientId)
            .Add(form => form.Uploaded, value => uploaded = value));

        Choose(form, InputFileContent.CreateFromText("%PDF-1.4 tiny", "results.pdf", contentType: "application/pdf"));
        Describe(form);
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Equal(document, uploaded));
        var request = Assert.Single(Gateway.Requests);
        Assert.Equal($"/api/patients/{PatientId}/documents", request.PathAndQuery);
        Assert.Contains("name=file; filename=results.pdf", request.Body, StringComparison.Ordinal);
        Assert.Contains("%PDF-1.4 tiny", request.Body, StringComparison.Ordinal);
        Assert.Contains("name=title\r\n\r\nBlood count", request.Body, StringComparison.Ordinal);
        Assert.Contains("name=kind\r\n\r\nLabResult", request.Body, StringComparison.Ordinal);
        Assert.Contains("name=documentDate\r\n\r\n2026-03-01", request.Body, StringComparison.Ordinal);
    }

    private static void Choose(IRenderedComponent<DocumentUploadForm> form, InputFileContent file) =>
        form.FindComponent<InputFile>().UploadFiles(file);

    private static void Describe(IRenderedComponent<DocumentUploadForm> form)
    {
        form.FindAll(".mud-input-control").First(control => control.QuerySelector("label")?.TextContent == "Title").QuerySelector("input")!.Change("Blood count");
        var kind = form.FindComponent<MudSelect<string>>();
        form.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync("LabResult"));
        form.FindAll(".mud-input-control").First(control => control.QuerySelector("label")?.TextContent == "Date of the document")
            .QuerySelector("input")!.Change("2026-03-01");
    }
}
