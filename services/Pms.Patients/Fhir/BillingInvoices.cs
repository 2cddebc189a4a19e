using System.Net.Http.Headers;
using Pms.ServiceDefaults.Fhir;
using R4 = Hl7.Fhir.Model;

namespace Pms.Patients.Fhir;

/// <summary>
/// A patient's invoices from billing-service's FHIR API, asked with the caller's own token, so billing applies its
/// ownership rules to the caller and records the read in its own audit trail.
/// </summary>
public sealed partial class BillingInvoices(IHttpClientFactory http, ILogger<BillingInvoices> logger)
{
    public const string HttpClientName = "billing-fhir";

    /// <returns>Every invoice of the patient the caller may read, or null when billing did not answer them all.</returns>
    public async Task<IReadOnlyList<R4.Invoice>?> OfPatientAsync(Guid patientId, AuthenticationHeaderValue authorization, CancellationToken cancellationToken)
    {
        var client = http.CreateClient(HttpClientName);
        var invoices = new List<R4.Invoice>();
        string? page = $"{FhirPaths.Root}/Invoice?patient=Patient/{patientId}&{FhirPage.CountParameter}={FhirPage.MaxCount}";
        while (page is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            request.Headers.Authorization = authorization;
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FhirJson.MediaType));
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    LogRefused(logger, (int)response.StatusCode);
                    return null;
                }

                var bundle = await response.Content.ReadFromJsonAsync<R4.Bundle>(FhirJson.Options, cancellationToken);
                invoices.AddRange(bundle?.Entry.Select(entry => entry.Resource).OfType<R4.Invoice>() ?? []);
                page = bundle?.Link.FirstOrDefault(link => link.Relation == "next")?.Url is { } next ? new Uri(next).PathAndQuery : null;
            }
            catch (HttpRequestException exception)
            {
                LogUnreachable(logger, exception);
                return null;
            }
        }

        return invoices;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "billing-service answered {Status} to a request for a patient's invoices")]
    private static partial void LogRefused(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "billing-service could not be reached for a patient's invoices")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);
}
