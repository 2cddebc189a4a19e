using Pms.Contracts;
using Pms.Patients.Fhir;
using Pms.Patients.Infrastructure;
using Pms.Patients.Infrastructure.Documents;
using Pms.Patients.Model;
using Pms.Patients.Reports;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Fhir;
using Pms.ServiceDefaults.Http;
using Pms.ServiceDefaults.Messaging;
using Pms.ServiceDefaults.ServiceIdentity;
using Pms.ServiceDefaults.SharedState;

namespace Pms.Patients.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PatientDbContext>(ResourceNames.PatientDatabase);
        builder.AddMessaging<PatientDbContext>(ResourceNames.Patients, ResourceNames.PatientDatabase);
        builder.AddDefaultAuthentication();
        builder.AddServiceIdentity();

        // A desk or a doctor waits for these calls: at most 6 s, then Pending, and the background job finishes the charge.
        // Quick failures are retried quickly; a slow answer gets most of the 6 s rather than being cut and sent again.
        // Billing's Retry-After (5 s while its database restarts) is not waited for: the job's interval is longer.
        builder.Services.AddHttpClient(BillingFeeClient.HttpClientName, http => http.BaseAddress = new Uri($"https+http://{ResourceNames.Billing}"))
            .WithOwnResilience(resilience =>
            {
                resilience.Retry.MaxRetryAttempts = 2;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(200);
                resilience.Retry.ShouldRetryAfterHeader = false;
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(6);
            })
            .AddServiceToken();
        builder.Services.AddSingleton<BillingFeeClient>();

        builder.Services.AddOptions<RegistrationFeeOptions>().BindConfiguration(RegistrationFeeOptions.SectionName);
        builder.Services.AddSingleton<FeeRetryMetrics>();
        builder.Services.AddHostedService<PendingFeesJob>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<FeeCharger>();
        builder.Services.AddScoped<WalkInRegistration>();
        builder.Services.AddScoped<PatientSearch>();
        builder.Services.AddOptions<IdentifierOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.GetSection(IdentifierOptions.SectionName).Bind(options.Rules))
            .Validate(options => options.Rules.Values.All(rule => rule.System.Length > 0 && rule.Label.Length > 0 && rule.Matches(PatientIdentifier.Normalize(rule.Example))),
                "Every PatientIdentifiers kind needs a System, a Label and an Example its Pattern accepts.")
            .ValidateOnStart();
        builder.Services.AddScoped<PatientUpdates>();
        builder.Services.AddOptions<PatientMergeOptions>().BindConfiguration(PatientMergeOptions.SectionName);
        builder.Services.AddScoped<PatientMerges>();

        builder.Services.AddOptions<AppointmentOptions>().BindConfiguration(AppointmentOptions.SectionName)
            .Validate(options => Doctor.FindTimeZone(options.DefaultTimeZone) is not null, "Appointments:DefaultTimeZone must be an IANA time zone id.")
            .ValidateOnStart();
        builder.Services.AddScoped<DoctorSchedule>();
        builder.Services.AddScoped<DoctorDirectory>();
        builder.Services.AddScoped<AppointmentScheduler>();
        builder.Services.AddScoped<AppointmentQueries>();
        builder.AddSharedRedis();
        builder.Services.AddSingleton<WaitingRoomSignal>();
        builder.Services.AddScoped<VisitQueries>();
        builder.Services.AddScoped<WaitingRoom>();
        builder.Services.AddSingleton<StaleVisitsJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<StaleVisitsJob>());
        builder.Services.AddScoped<ActivityReports>();

        builder.Services.AddScoped<IDocumentContentStore, PostgresDocumentContentStore>();
        builder.Services.AddScoped<PatientDocuments>();

        builder.AddFhir();
        builder.Services.AddHttpClient(BillingInvoices.HttpClientName, http => http.BaseAddress = new Uri($"https+http://{ResourceNames.Billing}"));
        builder.Services.AddScoped<BillingInvoices>();
        builder.Services.AddScoped<PatientResourceSearch>();
        builder.Services.AddScoped<AppointmentResourceSearch>();
        builder.Services.AddScoped<PatientEverything>();
        return builder;
    }
}
