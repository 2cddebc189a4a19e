using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Pms.Contracts;
using Pms.Patients.Fhir;
using Pms.Patients.Infrastructure;
using Pms.Patients.Services;
using Pms.ServiceDefaults.ServiceIdentity;
using Pms.Testing;

namespace Pms.Patients.Tests.Infrastructure;

/// <summary>patient-service, with billing's fee endpoints answered by <see cref="FakeBilling"/>.</summary>
public sealed class PatientsApp() : ServiceApp<Program, PatientDbContext>(new PostgresServer(), ResourceNames.PatientDatabase)
{
    public FakeBilling Billing { get; } = new();

    public FakeBillingInvoices Invoices { get; } = new();

    protected override void Configure(IWebHostBuilder builder) =>
        builder
            .UseSetting("ServiceIdentity:ClientId", "patients")
            .UseSetting("ServiceIdentity:ClientSecret", "not-used-by-these-tests")
            .UseSetting("Appointments:DefaultTimeZone", "Europe/London")
            .UseSetting("RegistrationFees:RetryInterval", "00:00:00.200")
            .UseSetting("RegistrationFees:RetryPendingAfter", "00:00:00.500");

    // The Service token comes from auth-service, which these tests do not run.
    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddHttpClient(BillingInvoices.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Invoices);
        services.AddHttpClient(BillingFeeClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => Billing)
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
            {
                foreach (var tokenHandler in handlers.OfType<ServiceTokenHandler>().ToList())
                {
                    handlers.Remove(tokenHandler);
                }
            });
    }
}
