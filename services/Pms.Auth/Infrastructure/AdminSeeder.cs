using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Auth.Model;
using Pms.Auth.Services;
using Pms.Contracts;

namespace Pms.Auth.Infrastructure;

/// <summary>
/// Creates the first administrator from the AppHost's <c>admin-email</c> / <c>admin-password</c>
/// parameters. In development without a password, one is generated and logged once.
/// </summary>
public sealed partial class AdminSeeder(
    IServiceProvider services,
    IOptions<AuthOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<AdminSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PmsUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var email = options.Value.AdminEmail;
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        // Replicas starting together on a new database would each create the administrator: the lock makes the
        // others wait for the first and then find its account.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""LOCK TABLE "AspNetUsers" IN SHARE ROW EXCLUSIVE MODE""", cancellationToken);
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var password = options.Value.AdminPassword;
        var generated = string.IsNullOrWhiteSpace(password);
        if (generated)
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException("Auth:AdminPassword is required to create the first administrator.");
            }

            password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 24);
        }

        var admin = PmsUser.Create(email, "System", "Administrator", clock.GetUtcNow());
        admin.EmailConfirmed = true;
        var created = await users.CreateAsync(admin, password!);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The first administrator could not be created: {string.Join(" ", created.Errors.Select(error => error.Description))}");
        }

        await users.AddToRoleAsync(admin, PmsRoles.Admin);
        scope.ServiceProvider.GetRequiredService<AuditTrail>().Record(AuditAction.UserCreated, true, admin.Id, detail: "First administrator");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (generated)
        {
            LogGeneratedPassword(logger, email, password!);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first administrator {Email} with the generated password {Password}; it is shown only this once.")]
    private static partial void LogGeneratedPassword(ILogger logger, string email, string password);
}
