using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Pms.Bench.Load;

namespace Pms.Bench.System;

/// <summary>Reports on a patient's record as a desk uploads and downloads them: multipart uploads of a PDF, downloads of its bytes.</summary>
public static class Documents
{
    private const int StampOffset = 16;

    /// <summary>Random bytes behind a PDF header, which is all patient-service looks at to accept a PDF.</summary>
    public static byte[] Pdf(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n%bench\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>Makes the <paramref name="number"/>th file of a size differ from the others in a few bytes after the header.</summary>
    public static void Stamp(byte[] content, int number) => BinaryPrimitives.WriteInt32LittleEndian(content.AsSpan(StampOffset), number);

    /// <summary>Uploads <paramref name="content"/>; returns the outcome and, on 201, the document's id.</summary>
    public static async Task<(Outcome Outcome, Guid DocumentId)> UploadAsync(HttpClient staff, Guid patientId, byte[] content, CancellationToken cancellationToken)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Laboratory report"), "title" },
            { new StringContent("LabResult"), "kind" },
            { new StringContent(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "documentDate" },
            { file, "file", "report.pdf" },
        };
        using var response = await staff.PostAsync(new Uri($"/api/patients/{patientId}/documents", UriKind.Relative), form, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return (Outcome.Expect(response, HttpStatusCode.Created), Guid.Empty);
        }

        var document = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return (Outcome.Success, document.GetProperty("id").GetGuid());
    }

    /// <summary>Downloads a document's file whole; returns the outcome and, on 200, its bytes.</summary>
    public static async Task<(Outcome Outcome, byte[] Content)> DownloadAsync(HttpClient staff, Guid patientId, Guid documentId, CancellationToken cancellationToken)
    {
        using var response = await staff.GetAsync(new Uri($"/api/patients/{patientId}/documents/{documentId}/content", UriKind.Relative), cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? (Outcome.Success, await response.Content.ReadAsByteArrayAsync(cancellationToken))
            : (Outcome.Expect(response, HttpStatusCode.OK), []);
    }
}
