using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pms.Auth.Dtos;
using Pms.Auth.Tests.Infrastructure;
using Pms.Contracts;
using Pms.GatewaySignIn;
using Pms.ServiceDefaults.Apis;
using Pms.Testing;

namespace Pms.Auth.Tests;

/// <summary>Administrators create the workforce's accounts, set roles, lock and unlock; nobody else may.</summary>
public sealed class UsersApiTests(AuthApp app)
{
    private readonly Accounts _accounts = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task AnAdministratorCreatesAStaffAccountThatIsListed()
    {
        var email = Accounts.NewEmail("desk");
        using var admin = await app.AdminAsync();

        using var response = await Accounts.PostUserAsync(admin, email, PmsRoles.Staff);
        var listed = await ListedAsync(admin, email);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<UserDto>(Cancellation))!;
        Assert.Equal((email, "Florence", "Nightingale", "Active"), (created.Email, created.FirstName, created.LastName, created.Status));
        Assert.Equal([PmsRoles.Staff], created.Roles);
        Assert.Equal(created.Id, Assert.Single(listed).Id);
    }

    [TimedFact]
    public async Task PatientsRegisterThemselvesAndAreNotCreatedByAnAdministrator()
    {
        var email = Accounts.NewEmail("patient");
        using var admin = await app.AdminAsync();

        using var response = await Accounts.PostUserAsync(admin, email, PmsRoles.Patient, "Mary", "Seacole");
        var listed = await ListedAsync(admin, email);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["roles"], (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys);
        Assert.Empty(listed);
    }

    [TimedFact]
    public async Task AnEmailAlreadyTakenIsAConflict()
    {
        var (_, email) = await _accounts.PatientAsync();
        using var admin = await app.AdminAsync();

        using var response = await Accounts.PostUserAsync(admin, email, PmsRoles.Doctor);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [TimedFact]
    public async Task AnAdministratorReplacesAnAccountsRoles()
    {
        var (userId, email) = await _accounts.WorkforceAsync(PmsRoles.Staff);
        using var admin = await app.AdminAsync();

        using var response = await admin.PutAsJsonAsync($"/api/auth/users/{userId}/roles", new SetRolesRequest([PmsRoles.Doctor, PmsRoles.Staff]), Cancellation);
        var listed = await ListedAsync(admin, email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([PmsRoles.Doctor, PmsRoles.Staff], (await response.Content.ReadFromJsonAsync<UserDto>(Cancellation))!.Roles);
        Assert.Equal([PmsRoles.Doctor, PmsRoles.Staff], Assert.Single(listed).Roles.Order(StringComparer.Ordinal));
    }

    [TimedFact]
    public async Task ChangingRolesEndsTheAccountsSessions()
    {
        var (userId, email) = await _accounts.WorkforceAsync(PmsRoles.Staff);
        var before = await _accounts.SignInAsync(email);
        using var admin = await app.AdminAsync();

        using var changed = await admin.PutAsJsonAsync($"/api/auth/users/{userId}/roles", new SetRolesRequest([PmsRoles.Doctor]), Cancellation);
        using var refresh = await _accounts.PostRefreshAsync(before.RefreshToken);
        using var client = app.ClientWith(before.AccessToken);
        using var me = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (refresh.StatusCode, me.StatusCode));
    }

    [TimedFact]
    public async Task UnknownAccountsAreNotFound()
    {
        using var admin = await app.AdminAsync();

        using var roles = await admin.PutAsJsonAsync($"/api/auth/users/{Guid.NewGuid()}/roles", new SetRolesRequest([PmsRoles.Staff]), Cancellation);
        using var locked = await admin.PostAsync($"/api/auth/users/{Guid.NewGuid()}/lock", null, Cancellation);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (roles.StatusCode, locked.StatusCode));
    }

    [TimedFact]
    public async Task ALockedAccountCannotSignInAndIsAnsweredAsIfItsPasswordWereWrong()
    {
        var (userId, email) = await _accounts.PatientAsync();
        var before = await _accounts.SignInAsync(email);
        using var admin = await app.AdminAsync();

        using var locked = await admin.PostAsJsonAsync($"/api/auth/users/{userId}/lock", new LockRequest("Left the practice"), Cancellation);
        using var signIn = await _accounts.PostLoginAsync(email, Accounts.Password);
        using var wrongPassword = await _accounts.PostLoginAsync(Accounts.NewEmail("nobody"), Accounts.Password);
        using var refresh = await _accounts.PostRefreshAsync(before.RefreshToken);
        var listed = await ListedAsync(admin, email);

        Assert.Equal(HttpStatusCode.NoContent, locked.StatusCode);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (signIn.StatusCode, refresh.StatusCode));
        var refused = await signIn.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        var wrong = await wrongPassword.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        Assert.Equal((wrong!.Title, wrong.Detail), (refused!.Title, refused.Detail));
        Assert.Equal("Locked", Assert.Single(listed).Status);
    }

    [TimedFact]
    public async Task AnUnlockedAccountSignsInAgain()
    {
        var (userId, email) = await _accounts.PatientAsync();
        using var admin = await app.AdminAsync();
        using var locked = await admin.PostAsync($"/api/auth/users/{userId}/lock", null, Cancellation);

        using var unlocked = await admin.PostAsync($"/api/auth/users/{userId}/unlock", null, Cancellation);
        using var signIn = await _accounts.PostLoginAsync(email, Accounts.Password);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (locked.StatusCode, unlocked.StatusCode));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [TimedFact]
    public async Task AnAdministratorCannotLockTheirOwnAccount()
    {
        using var admin = await app.AdminAsync();
        var me = await admin.GetFromJsonAsync<MeResponse>("/api/auth/me", Cancellation);

        using var response = await admin.PostAsync($"/api/auth/users/{me!.UserId}/lock", null, Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [TimedTheory]
    [InlineData(PmsRoles.Patient)]
    [InlineData(PmsRoles.Staff)]
    [InlineData(PmsRoles.Doctor)]
    public async Task OnlyAdministratorsAdministerAccounts(string role)
    {
        var (victimId, victimEmail) = await _accounts.PatientAsync();
        using var caller = app.ClientWith((await SignedInAsync(role)).AccessToken);

        using var list = await caller.GetAsync(new Uri("/api/auth/users", UriKind.Relative), Cancellation);
        using var create = await Accounts.PostUserAsync(caller, Accounts.NewEmail("mine"), PmsRoles.Admin, "Own", "Admin");
        using var roles = await caller.PutAsJsonAsync($"/api/auth/users/{victimId}/roles", new SetRolesRequest([PmsRoles.Admin]), Cancellation);
        using var locked = await caller.PostAsync($"/api/auth/users/{victimId}/lock", null, Cancellation);
        using var reset = await caller.PostAsync($"/api/auth/users/{victimId}/password-reset", null, Cancellation);

        Assert.All([list, create, roles, locked, reset], response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        using var admin = await app.AdminAsync();
        var victim = Assert.Single(await ListedAsync(admin, victimEmail));
        Assert.Equal([PmsRoles.Patient], victim.Roles);
        Assert.Equal("Active", victim.Status);
    }

    private async Task<SignInTokens> SignedInAsync(string role)
    {
        if (role == PmsRoles.Patient)
        {
            var (_, patientEmail) = await _accounts.PatientAsync();
            return await _accounts.SignInAsync(patientEmail);
        }

        var (_, email) = await _accounts.WorkforceAsync(role);
        return await _accounts.SignInAsync(email);
    }

    /// <summary>The accounts the administrator finds by <paramref name="email"/>.</summary>
    private static async Task<IReadOnlyList<UserDto>> ListedAsync(HttpClient admin, string email) =>
        (await admin.GetFromJsonAsync<PagedResult<UserDto>>($"/api/auth/users?search={Uri.EscapeDataString(email)}", Cancellation))!.Items;
}
