using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Pms.Auth.Dtos;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;
using Pms.Contracts;
using Pms.Contracts.Events;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Messaging;
using Pms.ServiceDefaults.Phones;
using Wolverine.EntityFrameworkCore;

namespace Pms.Auth.Services;

/// <summary>
/// Self-registration: the account, its Patient role and the <see cref="PatientAccountRegistered"/>
/// event are saved in one transaction, so there is never an account without its event.
/// </summary>
public sealed class PatientAccountRegistration(
    UserManager<PmsUser> users,
    IDbContextOutbox<AuthDbContext> outbox,
    AuditTrail audit,
    IOptions<PhoneOptions> phones,
    TimeProvider clock)
{
    public async Task<Outcome<RegisterResponse>> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var validation = RegistrationValidator.Validate(request, DateOnly.FromDateTime(now.UtcDateTime), phones.Value.DefaultRegion);
        if (!validation.IsDone(out var valid))
        {
            return validation.Failed<RegisterResponse>();
        }

        var user = PmsUser.Create(valid.Account.Email, valid.Account.FirstName, valid.Account.LastName, now);
        user.PhoneNumber = valid.PhoneNumber;
        user.DateOfBirth = valid.DateOfBirth;

        var created = await users.CreateAsync(user, valid.Account.Password);
        if (!created.Succeeded)
        {
            return Rejected(created.Errors);
        }

        var roleAdded = await users.AddToRoleAsync(user, PmsRoles.Patient);
        if (!roleAdded.Succeeded)
        {
            throw new InvalidOperationException($"The {PmsRoles.Patient} role could not be assigned: {string.Join("; ", roleAdded.Errors.Select(error => error.Code))}");
        }

        audit.Record(AuditAction.UserRegistered, true, user.Id);
        await outbox.PublishEventAsync(PatientAccountEvents.Registered(user, PatientSexes.Parse(valid.Sex)));

        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return EmailTaken;
        }

        return new RegisterResponse(user.Id);
    }

    private static Refusal EmailTaken { get; } = Refusal.Conflict("An account with this email already exists.");

    private static Outcome<RegisterResponse> Rejected(IEnumerable<IdentityError> identityErrors)
    {
        var errors = identityErrors.ToList();
        if (errors.Exists(error => error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return EmailTaken;
        }

        return new FieldErrors(errors
            .GroupBy(error => error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email")
            .ToDictionary(group => group.Key, group => group.Select(error => error.Description).ToArray()));
    }
}
