using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;
using Pms.Auth.Services;
using Pms.Auth.Tests.Infrastructure;
using Pms.Contracts;

namespace Pms.Auth.Tests;

public sealed class AdminSeederTests(AuthApp app)
{
    [Fact]
    public async Task ReplicasStartingTogetherCreateTheFirstAdministratorOnce()
    {
        var email = Accounts.NewEmail("first.admin");
        var options = Options.Create(new AuthOptions { AdminEmail = email, AdminPassword = AuthApp.AdminPassword });
        var replicas = Enumerable.Range(0, 4).Select(_ => new AdminSeeder(
            app.Services, options, app.Services.GetRequiredService<IHostEnvironment>(), TimeProvider.System, NullLogger<AdminSeeder>.Instance));

        await Task.WhenAll(replicas.Select(replica => replica.StartAsync(TestContext.Current.CancellationToken)));

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PmsUser>>();
        var admin = await users.FindByEmailAsync(email);
        Assert.NotNull(admin);
        Assert.Equal([PmsRoles.Admin], await users.GetRolesAsync(admin));
        Assert.Single(users.Users, user => user.NormalizedEmail == admin.NormalizedEmail);
    }
}
