using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pms.Contracts;
using Pms.ServiceDefaults.Authentication;

namespace Pms.ServiceDefaults.Fhir;

public static class FhirExtensions
{
    /// <summary>A person whose token carries a FHIR read scope.</summary>
    public const string ReadPolicy = "FhirRead";

    public static IHostApplicationBuilder AddFhir(this IHostApplicationBuilder builder)
    {
        // First, so that it is asked before ASP.NET Core's own writer of ProblemDetails.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, FhirProblemDetailsWriter>());
        builder.Services.AddAuthorizationBuilder().AddPolicy(ReadPolicy, policy => policy
            .RequireRole(PmsRoles.All)
            .RequireAssertion(context => context.User.GetScopes().Overlaps([FhirScopes.PatientRead, FhirScopes.UserRead])));
        return builder;
    }
}
