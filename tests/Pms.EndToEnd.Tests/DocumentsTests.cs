using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Pms.EndToEnd.Tests;

public sealed class DocumentsTests(PmsAppFixture fixture)
{
    private const int TwentyMegabytes = 20 * 1024 * 1024;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly PmsClient _client = new(fixture);

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientUploadsTheLargestReportThroughTheGatewayAndStaffDownloadItByteForByteUnderAudit()
    {
        var (patient, patientId) = await SignedInPatientAsync();
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var report = Pdf(TwentyMegabytes);

        using var uploaded = await UploadAsync(patient, patientId, report);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var documentId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
        var content = $"/api/patients/{patientId}/documents/{documentId}/content";

        Assert.Equal(report, await patient.GetByteArrayAsync(content, Cancellation));
        Assert.Equal(report, await admin.GetByteArrayAsync(content, Cancellation));
        Assert.Equal(TwentyMegabytes, await StoredLengthAsync(documentId));
        var accesses = await admin.GetFromJsonAsync<JsonElement>($"/api/patients/{patientId}/documents/{documentId}/accesses", Cancellation);
        Assert.Equal(["Patient", "Admin"], accesses.EnumerateArray().Select(access => access.GetProperty("roles").GetString()));
        Assert.Equal("Mary Seacole", accesses[0].GetProperty("name").GetString());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task TheGatewayRefusesALargerReportAndPatientServiceAnotherType()
    {
        var (patient, patientId) = await SignedInPatientAsync();

        using var tooLarge = await UploadAsync(patient, patientId, Pdf(TwentyMegabytes + (2 * 1024 * 1024)));
        using var notAReport = await UploadAsync(patient, patientId, "MZ\u0090 an executable, named like a report"u8.ToArray());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notAReport.StatusCode);
        Assert.Equal(0, (await patient.GetFromJsonAsync<JsonElement>($"/api/patients/{patientId}/documents", Cancellation)).GetArrayLength());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnotherPatientsReportsAreNotThere()
    {
        var (owner, patientId) = await SignedInPatientAsync();
        var (stranger, _) = await SignedInPatientAsync();
        using var uploaded = await UploadAsync(owner, patientId, Pdf(2_000));
        var documentId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();

        using var list = await stranger.GetAsync($"/api/patients/{patientId}/documents", Cancellation);
        using var download = await stranger.GetAsync($"/api/patients/{patientId}/documents/{documentId}/content", Cancellation);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (list.StatusCode, download.StatusCode));
    }

    private async Task<(HttpClient Client, Guid PatientId)> SignedInPatientAsync()
    {
        var (client, _, patientId) = await _client.SignedInNewPatientAsync(Cancellation);
        return (client, patientId);
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid patientId, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Chest X-ray report"), "title" },
            { new StringContent("Imaging"), "kind" },
            { new StringContent("2026-11-20"), "documentDate" },
            { file, "file", "chest-xray.pdf" },
        };
        return await client.PostAsync($"/api/patients/{patientId}/documents", form, Cancellation);
    }

    private async Task<long> StoredLengthAsync(Guid documentId)
    {
        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync(ResourceNames.PatientDatabase, Cancellation));
        await connection.OpenAsync(Cancellation);
        await using var query = new NpgsqlCommand("""SELECT octet_length("Content") FROM "DocumentContents" WHERE "DocumentId" = @id""", connection);
        query.Parameters.AddWithValue("id", documentId);
        return Convert.ToInt64(await query.ExecuteScalarAsync(Cancellation), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
