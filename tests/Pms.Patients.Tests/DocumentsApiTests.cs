using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pms.Contracts;
using Pms.Contracts.Documents;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure.Documents;
using Pms.Patients.Model;
using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Patients.Tests;

public sealed class DocumentsApiTests(PatientsApp app)
{
    private readonly Clinic _clinic = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string, byte[]> Files => new()
    {
        { "application/pdf", Pdf(3_000) },
        { "image/png", File([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 70_000) },
        { "image/jpeg", File([0xFF, 0xD8, 0xFF, 0xE0], 150_000) },
    };

    [TimedTheory]
    [MemberData(nameof(Files))]
    public async Task AnUploadedReportDownloadsByteForByte(string contentType, byte[] bytes)
    {
        var (patientId, patient) = await _clinic.PatientAsync();

        using var uploaded = await UploadAsync(patient, patientId, bytes, "report.bin");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var document = await ReadAsync<DocumentDto>(uploaded);
        Assert.Equal($"/api/patients/{patientId}/documents/{document.Id}", uploaded.Headers.Location?.OriginalString);
        Assert.Equal((contentType, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes))), (document.ContentType, document.SizeBytes, document.Sha256));
        Assert.Equal(("Full blood count", DocumentKind.LabResult, new DateOnly(2026, 11, 2)), (document.Title, document.Kind, document.DocumentDate));

        using var downloaded = await patient.GetAsync($"/api/patients/{patientId}/documents/{document.Id}/content", Cancellation);

        Assert.Equal(HttpStatusCode.OK, downloaded.StatusCode);
        Assert.Equal(contentType, downloaded.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", downloaded.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(document.FileName, downloaded.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(bytes.LongLength, downloaded.Content.Headers.ContentLength);
        Assert.Equal(bytes, await downloaded.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.True(downloaded.Headers.CacheControl is { NoStore: true, Private: true }, "A report must not be kept in caches.");
    }

    [TimedFact]
    public async Task AReportOfExactlyTwentyMegabytesIsAcceptedAndOneByteMoreIsTooLarge()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var largest = Pdf((int)DocumentLimits.MaxFileBytes);

        using var accepted = await UploadAsync(patient, patientId, largest);
        using var refused = await UploadAsync(patient, patientId, Pdf((int)DocumentLimits.MaxFileBytes + 1));

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var document = await ReadAsync<DocumentDto>(accepted);
        Assert.Equal(largest, await patient.GetByteArrayAsync($"/api/patients/{patientId}/documents/{document.Id}/content", Cancellation));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("The file is too large.", (await ReadAsync<ProblemDetails>(refused)).Title);
        Assert.Single(await ListAsync(patient, patientId));
    }

    [TimedTheory]
    [InlineData("This is a plain text file, whatever its name says.")]
    [InlineData("GIF89a an image, but not one we accept")]
    [InlineData("<html><body>a web page</body></html>")]
    public async Task AFileThatIsNotAPdfPngOrJpegIsAnUnsupportedTypeAndNothingIsStored(string content)
    {
        var (patientId, patient) = await _clinic.PatientAsync();

        using var response = await UploadAsync(patient, patientId, System.Text.Encoding.UTF8.GetBytes(content), "results.pdf");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("The file is not a PDF, PNG or JPEG.", (await ReadAsync<ProblemDetails>(response)).Title);
        Assert.Empty(await ListAsync(patient, patientId));
        await using var db = app.Db();
        Assert.False(await db.Documents.AnyAsync(document => document.PatientId == patientId, Cancellation));
    }

    [TimedFact]
    public async Task AnUploadThatIsNotAFormIsAnUnsupportedType()
    {
        var (patientId, patient) = await _clinic.PatientAsync();

        using var response = await patient.PostAsJsonAsync($"/api/patients/{patientId}/documents", new { title = "Scan" }, Cancellation);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [TimedFact]
    public async Task MissingAndBadFieldsAreNamed()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        using var form = new MultipartFormDataContent { { new StringContent("Tomorrow's scan"), "title" }, { new StringContent("Horoscope"), "kind" } };
        form.Add(new StringContent(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd")), "documentDate");

        using var response = await patient.PostAsync($"/api/patients/{patientId}/documents", form, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadAsync<ValidationProblemDetails>(response);
        Assert.Equal(["documentDate", "file", "kind"], problem.Errors.Keys.Order());
    }

    [TimedTheory]
    [InlineData("LabResult,Imaging")]
    [InlineData("1")]
    [InlineData("")]
    public async Task AKindIsOneOfTheKindsByName(string kind)
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        using var form = Form(Pdf(100), kind: kind);

        using var response = await patient.PostAsync($"/api/patients/{patientId}/documents", form, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["kind"], (await ReadAsync<ValidationProblemDetails>(response)).Errors.Keys);
    }

    [TimedTheory]
    [InlineData("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nScan\r\n--x--\r\n")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n\r\n%PDF-1.7 cut off")]
    public async Task AFormThatCannotBeReadIsABadRequest(string contentType, string body)
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        using var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await patient.PostAsync($"/api/patients/{patientId}/documents", content, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The upload is not a readable form.", (await ReadAsync<ProblemDetails>(response)).Title);
    }

    [TimedFact]
    public async Task AnEmptyFileOrTwoFilesAreRefused()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        using var twoFiles = Form(Pdf(100));
        twoFiles.Add(new ByteArrayContent(Pdf(100)), "file", "second.pdf");

        using var empty = await UploadAsync(patient, patientId, []);
        using var two = await patient.PostAsync($"/api/patients/{patientId}/documents", twoFiles, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, two.StatusCode);
    }

    [TimedFact]
    public async Task AClientsFolderNamesAreDroppedAndTheTypesExtensionAdded()
    {
        var (patientId, patient) = await _clinic.PatientAsync();

        using var response = await UploadAsync(patient, patientId, File([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 500), "../../etc/xray");

        Assert.Equal("xray.png", (await ReadAsync<DocumentDto>(response)).FileName);
    }

    [TimedFact]
    public async Task AnotherPatientsDocumentsDoNotExistForAPatient()
    {
        var (patientId, owner) = await _clinic.PatientAsync();
        var (_, stranger) = await _clinic.PatientAsync();
        var document = await UploadedAsync(owner, patientId);
        var path = $"/api/patients/{patientId}/documents";

        using var list = await stranger.GetAsync(path, Cancellation);
        using var read = await stranger.GetAsync($"{path}/{document.Id}", Cancellation);
        using var download = await stranger.GetAsync($"{path}/{document.Id}/content", Cancellation);
        using var delete = await stranger.DeleteAsync($"{path}/{document.Id}", Cancellation);
        using var upload = await UploadAsync(stranger, patientId, Pdf(100));

        Assert.All([list, read, download, delete, upload], response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        Assert.Single(await ListAsync(owner, patientId));
    }

    [TimedFact]
    public async Task AStrangersUploadIsRefusedBeforeItsFormIsRead()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var (_, stranger) = await _clinic.PatientAsync();
        using var unreadable = new StringContent("not a form at all");
        unreadable.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        using var response = await stranger.PostAsync($"/api/patients/{patientId}/documents", unreadable, Cancellation);

        // Read first, this body would be a 400; refused first, it is the 404 of a record the caller cannot reach.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [TimedFact]
    public async Task ADocumentIsReachedOnlyUnderItsOwnPatient()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var (otherPatientId, _) = await _clinic.PatientAsync();
        var document = await UploadedAsync(patient, patientId);

        using var response = await _clinic.Staff.GetAsync($"/api/patients/{otherPatientId}/documents/{document.Id}/content", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [TimedFact]
    public async Task StaffAndDoctorsListAndDownloadAPatientsReportsAndEveryDownloadIsAudited()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var bytes = Pdf(5_000);
        var document = await UploadedAsync(patient, patientId, bytes);
        var staffId = Guid.NewGuid();
        using var staff = app.ClientFor(staffId, PmsRoles.Staff);
        using var doctor = _clinic.Doctor;

        Assert.Single(await ListAsync(staff, patientId));
        Assert.Single(await ListAsync(doctor, patientId));
        var content = $"/api/patients/{patientId}/documents/{document.Id}/content";
        Assert.Equal(bytes, await doctor.GetByteArrayAsync(content, Cancellation));
        Assert.Equal(bytes, await staff.GetByteArrayAsync(content, Cancellation));
        Assert.Equal(bytes, await patient.GetByteArrayAsync(content, Cancellation));

        var accesses = await staff.GetFromJsonAsync<List<DocumentAccessDto>>(
            $"/api/patients/{patientId}/documents/{document.Id}/accesses", ServiceJson.Options, Cancellation);
        Assert.Equal(
            [(_clinic.DoctorId, "Doctor"), (staffId, "Staff"), (document.UploadedBy, "Patient")],
            accesses!.Select(access => (access.AccountId, access.Roles)));
        Assert.All(accesses!, access => Assert.Equal(DocumentAction.Downloaded, access.Action));
        Assert.True(accesses!.Zip(accesses!.Skip(1)).All(pair => pair.First.AccessedAt <= pair.Second.AccessedAt));
    }

    [TimedFact]
    public async Task OnlyStaffReadTheAccessAudit()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var document = await UploadedAsync(patient, patientId);
        var path = $"/api/patients/{patientId}/documents/{document.Id}/accesses";

        using var byPatient = await patient.GetAsync(path, Cancellation);
        using var byDoctor = await _clinic.Doctor.GetAsync(path, Cancellation);
        using var unknown = await _clinic.Staff.GetAsync($"/api/patients/{patientId}/documents/{Guid.NewGuid()}/accesses", Cancellation);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (byPatient.StatusCode, byDoctor.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [TimedFact]
    public async Task TheUploaderDeletesTheirOwnReportButNotOneStaffAdded()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var own = await UploadedAsync(patient, patientId);
        var byStaff = await UploadedAsync(_clinic.Staff, patientId);
        var path = $"/api/patients/{patientId}/documents";

        using var deleteOwn = await patient.DeleteAsync($"{path}/{own.Id}", Cancellation);
        using var deleteStaffs = await patient.DeleteAsync($"{path}/{byStaff.Id}", Cancellation);
        using var deleteByDoctor = await _clinic.Doctor.DeleteAsync($"{path}/{byStaff.Id}", Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, deleteOwn.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (deleteStaffs.StatusCode, deleteByDoctor.StatusCode));
        Assert.Equal([byStaff.Id], (await ListAsync(patient, patientId)).Select(document => document.Id));
    }

    [TimedFact]
    public async Task StaffDeleteAnyReportWithItsBytesAndTheAuditKeepsTheDeletion()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var document = await UploadedAsync(patient, patientId);
        var path = $"/api/patients/{patientId}/documents/{document.Id}";

        using var deleted = await _clinic.Staff.DeleteAsync(path, Cancellation);
        using var again = await _clinic.Staff.DeleteAsync(path, Cancellation);
        using var download = await patient.GetAsync($"{path}/content", Cancellation);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (deleted.StatusCode, again.StatusCode, download.StatusCode));
        await using var db = app.Db();
        Assert.False(await db.Set<DocumentContent>().AnyAsync(content => content.DocumentId == document.Id, Cancellation));
        var audit = await _clinic.Staff.GetFromJsonAsync<List<DocumentAccessDto>>($"{path}/accesses", ServiceJson.Options, Cancellation);
        Assert.Equal([DocumentAction.Deleted], audit!.Select(access => access.Action));
    }

    [TimedFact]
    public async Task ServicesAndAnonymousCallersAreRefused()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        using var service = app.ClientFor(Guid.NewGuid(), PmsRoles.Service);
        using var anonymous = app.CreateClient();

        using var byService = await service.GetAsync($"/api/patients/{patientId}/documents", Cancellation);
        using var byAnonymous = await anonymous.GetAsync($"/api/patients/{patientId}/documents", Cancellation);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (byService.StatusCode, byAnonymous.StatusCode));
    }

    [TimedFact]
    public async Task AnUnknownPatientHasNoDocuments()
    {
        using var response = await UploadAsync(_clinic.Staff, Guid.NewGuid(), Pdf(100));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static byte[] Pdf(int length) => File("%PDF-1.7\n"u8.ToArray(), length);

    private static byte[] File(byte[] signature, int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        signature.AsSpan(0, Math.Min(signature.Length, length)).CopyTo(bytes);
        return bytes;
    }

    private static MultipartFormDataContent Form(byte[] bytes, string fileName = "report.pdf", string kind = "LabResult")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent
        {
            { new StringContent("Full blood count"), "title" },
            { new StringContent(kind), "kind" },
            { new StringContent("2026-11-02"), "documentDate" },
            { file, "file", fileName },
        };
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid patientId, byte[] bytes, string fileName = "report.pdf")
    {
        using var form = Form(bytes, fileName);
        return await client.PostAsync($"/api/patients/{patientId}/documents", form, Cancellation);
    }

    private static async Task<DocumentDto> UploadedAsync(HttpClient client, Guid patientId, byte[]? bytes = null)
    {
        using var response = await UploadAsync(client, patientId, bytes ?? Pdf(1_000));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync<DocumentDto>(response);
    }

    private static async Task<List<DocumentDto>> ListAsync(HttpClient client, Guid patientId) =>
        (await client.GetFromJsonAsync<List<DocumentDto>>($"/api/patients/{patientId}/documents", ServiceJson.Options, Cancellation))!;

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(ServiceJson.Options, Cancellation))!;
}
