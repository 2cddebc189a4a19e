using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pms.Auth.Dtos;
using Pms.Auth.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Contracts.Events;
using Pms.Testing;

namespace Pms.Auth.Tests;

/// <summary>People register themselves as patients; their patient record is asked for by event.</summary>
public sealed class RegistrationApiTests(AuthApp app)
{
    private readonly Accounts _accounts = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task APersonRegistersAPatientAccountAndItsRecordIsAskedForByEvent()
    {
        var email = Accounts.NewEmail("mary");
        HttpResponseMessage response = null!;

        var session = await app.TrackAsync(async () => response = await _accounts.RegisterAsync(Accounts.Registration(email)));

        using (response)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var userId = (await response.Content.ReadFromJsonAsync<RegisterResponse>(Cancellation))!.UserId;
            Assert.Equal($"/api/auth/users/{userId}", response.Headers.Location?.OriginalString);
            var envelope = Assert.Single(session.Sent.Envelopes(), envelope => envelope.Message is PatientAccountRegistered registered && registered.UserId == userId);
            Assert.Equal($"kafka://topic/{Topics.AuthPatientRegistration}", envelope.Destination?.ToString());
            var registered = (PatientAccountRegistered)envelope.Message!;
            Assert.Equal((email, "Mary", "Seacole", "+442079460018", new DateOnly(1985, 11, 23)),
                (registered.Email, registered.FirstName, registered.LastName, registered.PhoneNumber, registered.DateOfBirth));
        }
    }

    [TimedFact]
    public async Task RegisteringTwiceWithTheSameEmailIsAConflictWhateverItsCase()
    {
        var (_, email) = await _accounts.PatientAsync();

        using var response = await _accounts.RegisterAsync(Accounts.Registration(email.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [TimedTheory]
    [InlineData("password1234")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("short")]
    [InlineData("EMAIL")]
    public async Task AWeakOrCommonPasswordIsRefusedWithAnErrorOnThePasswordAndNoAccount(string password)
    {
        var email = Accounts.NewEmail("weak");
        password = password == "EMAIL" ? email : password;

        using var response = await _accounts.RegisterAsync(Accounts.Registration(email, password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["password"], (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys);
        Assert.False(await AccountExistsAsync(email));
    }

    [TimedFact]
    public async Task InvalidFieldsAreRefusedWithAnErrorPerFieldAndNoAccount()
    {
        var request = new RegisterRequest("not an email", Accounts.Password, " ", "", "12", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), "Robot");

        using var response = await _accounts.RegisterAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["dateOfBirth", "email", "firstName", "lastName", "phoneNumber", "sex"],
            (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.False(await AccountExistsAsync("not an email"));
    }

    private async Task<bool> AccountExistsAsync(string email)
    {
        var normalized = email.ToUpperInvariant();
        await using var db = app.Db();
        return await db.Users.AnyAsync(user => user.NormalizedEmail == normalized, Cancellation);
    }
}
