using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Auth.Services;

namespace Pms.Auth.Apis;

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Accounts");

        api.MapPost("/register", Register)
            .AllowAnonymous()
            .WithName("Register")
            .WithSummary("Creates a Patient account; the patient record follows by event.");

        return app;
    }

    public static async Task<Results<Created<RegisterResponse>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterRequest request, PatientAccountRegistration registration, CancellationToken cancellationToken)
    {
        var outcome = await registration.RegisterAsync(request, cancellationToken);
        return outcome switch
        {
            RegistrationOutcome.Registered registered =>
                TypedResults.Created($"/api/auth/users/{registered.UserId}", new RegisterResponse(registered.UserId)),
            RegistrationOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            RegistrationOutcome.EmailTaken => TypedResults.Problem(
                title: "An account with this email already exists.", statusCode: StatusCodes.Status409Conflict),
            _ => throw new InvalidOperationException($"Unexpected registration outcome {outcome}."),
        };
    }
}
