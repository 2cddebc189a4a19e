using Pms.Contracts;
using Pms.Patients.Infrastructure;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Messaging;

namespace Pms.Patients.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PatientDbContext>(ResourceNames.PatientDatabase);
        builder.AddMessaging<PatientDbContext>(ResourceNames.Patients, ResourceNames.PatientDatabase, messaging =>
            messaging.ListenToPmsTopic(Topics.AuthPatientRegistration));
        builder.AddDefaultAuthentication();

        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
