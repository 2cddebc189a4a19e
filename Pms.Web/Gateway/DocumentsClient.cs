using System.Globalization;
using System.Net.Http.Headers;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

public sealed class DocumentsClient(GatewayClient gateway, GatewayUploadClient uploads)
{
    public Task<IReadOnlyList<PatientDocument>> ListAsync(Guid patientId, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<PatientDocument>>($"/api/patients/{patientId}/documents", cancellationToken);

    /// <summary>Streams the file to the gateway as it is read; patient-service decides from its bytes whether it takes the type.</summary>
    public async Task<PatientDocument> UploadAsync(Guid patientId, NewDocument document, CancellationToken cancellationToken = default)
    {
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(document.Content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(document.ContentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");

        // A declared length lets the gateway refuse an oversized upload before reading it, and spares a chunked body.
        file.Headers.ContentLength = document.Size;
        form.Add(file, "file", document.FileName);
        form.Add(new StringContent(document.Title), "title");
        form.Add(new StringContent(document.Kind), "kind");
        form.Add(new StringContent(document.DocumentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "documentDate");
        return await uploads.PostAsync<PatientDocument>($"/api/patients/{patientId}/documents", form, cancellationToken);
    }

    /// <summary>Who downloaded or deleted the document, oldest first; staff and administrators only.</summary>
    public Task<IReadOnlyList<DocumentAccess>> ListAccessesAsync(Guid patientId, Guid documentId, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<DocumentAccess>>($"/api/patients/{patientId}/documents/{documentId}/accesses", cancellationToken);

    public Task DeleteAsync(Guid patientId, Guid documentId, CancellationToken cancellationToken = default) =>
        gateway.DeleteAsync($"/api/patients/{patientId}/documents/{documentId}", cancellationToken);
}
