using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Pms.ServiceDefaults.Fhir;

namespace Pms.Patients.Tests.Infrastructure;

/// <summary>billing-service's FHIR Invoice search as patient-service calls it: one issued invoice per patient asked for, or an outage.</summary>
public sealed class FakeBillingInvoices : HttpMessageHandler
{
    private readonly ConcurrentDictionary<Guid, string> _authorizations = new();
    private readonly ConcurrentDictionary<Guid, bool> _down = new();

    public void TakeDownFor(Guid patientId) => _down[patientId] = true;

    /// <summary>The Authorization header billing was asked with, for the patient's invoices.</summary>
    public string? AuthorizationFor(Guid patientId) => _authorizations.GetValueOrDefault(patientId);

    public static string InvoiceIdOf(Guid patientId) => $"{patientId:N}"[..8] + "-0000-4000-8000-000000000001";

    protected override System.Threading.Tasks.Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var patient = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["patient"]!;
        var patientId = Guid.Parse(patient["Patient/".Length..]);
        _authorizations[patientId] = request.Headers.Authorization!.ToString();
        if (_down.ContainsKey(patientId))
        {
            return System.Threading.Tasks.Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }

        var invoice = new Invoice
        {
            Id = InvoiceIdOf(patientId),
            Status = Invoice.InvoiceStatus.Issued,
            Subject = new ResourceReference($"Patient/{patientId}"),
            TotalGross = new Money { Value = 40.00m, Currency = Money.Currencies.USD },
        };
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Searchset,
            Total = 1,
            Entry = [new Bundle.EntryComponent { FullUrl = $"http://billing/fhir/Invoice/{invoice.Id}", Resource = invoice }],
        };
        return System.Threading.Tasks.Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(JsonSerializer.Serialize(bundle, FhirJson.Options), Encoding.UTF8, FhirJson.MediaType),
        });
    }
}
