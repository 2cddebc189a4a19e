using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pms.Auth.Dtos;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;
using Pms.Contracts;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Auth.Services;

/// <summary>What administrators do to accounts: list, create staff accounts, set roles, lock and unlock.</summary>
public sealed class UserAdministration(
    UserManager<PmsUser> users,
    IDbContextOutbox<AuthDbContext> outbox,
    RefreshTokenStore refreshTokens,
    AccessRevocations accessRevocations,
    SignInThrottle throttle,
    AuditTrail audit,
    TimeProvider clock)
{
    private const int MaximumReasonLength = 500;

    public const string Active = "Active";
    public const string Locked = "Locked";

    public static Refusal NoSuchAccount { get; } = Refusal.NotFound("No such account.");
    private static readonly string[] StaffRoles = [PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin];

    private AuthDbContext Db => outbox.DbContext;

    public async Task<PagedResult<UserDto>> ListAsync(string? role, string? status, string? search, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query = Db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(role))
        {
            var normalizedRole = role.Trim().ToUpperInvariant();
            query = query.Where(user => Db.UserRoles.Any(userRole => userRole.UserId == user.Id
                && Db.Roles.Any(candidate => candidate.Id == userRole.RoleId && candidate.NormalizedName == normalizedRole)));
        }

        if (string.Equals(status, Locked, StringComparison.OrdinalIgnoreCase))
        {
            query = query.Where(user => user.LockoutEnd != null && user.LockoutEnd > now);
        }
        else if (string.Equals(status, Active, StringComparison.OrdinalIgnoreCase))
        {
            query = query.Where(user => user.LockoutEnd == null || user.LockoutEnd <= now);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim()}%";
            query = query.Where(user => EF.Functions.ILike(user.Email!, pattern)
                || EF.Functions.ILike(user.FirstName, pattern)
                || EF.Functions.ILike(user.LastName, pattern));
        }

        var paged = await query.OrderBy(user => user.Email)
            .Select(user => new
            {
                user,
                Roles = Db.UserRoles.Where(userRole => userRole.UserId == user.Id)
                    .Join(Db.Roles, userRole => userRole.RoleId, candidate => candidate.Id, (_, candidate) => candidate.Name!)
                    .ToList(),
            })
            .ToPageAsync(page, pageSize, cancellationToken);

        return new PagedResult<UserDto>(
            [.. paged.Items.Select(item => ToDto(item.user, item.Roles, now))], paged.Page, paged.PageSize, paged.TotalCount);
    }

    public async Task<Outcome<UserDto>> CreateAsync(CreateUserRequest request, CancellationToken cancellationToken)
    {
        var validation = RegistrationValidator.ValidateStaff(request, StaffRoles);
        if (!validation.IsDone(out var valid))
        {
            return validation.Failed<UserDto>();
        }

        var (account, roles) = (valid.Account, valid.Roles);
        var user = PmsUser.Create(account.Email, account.FirstName, account.LastName, clock.GetUtcNow());

        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return created.Errors.Any(error => error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? Refusal.Conflict("An account with this email already exists.")
                : new FieldErrors(new Dictionary<string, string[]> { ["password"] = [.. created.Errors.Select(error => error.Description)] });
        }

        await users.AddToRolesAsync(user, roles);
        audit.Record(AuditAction.UserCreated, true, user.Id, detail: $"Roles: {string.Join(", ", roles)}");
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Refusal.Conflict("An account with this email already exists.");
        }

        return ToDto(user, roles, clock.GetUtcNow());
    }

    public async Task<Outcome<UserDto>> SetRolesAsync(Guid userId, Guid actingAdminId, SetRolesRequest request, CancellationToken cancellationToken)
    {
        var roles = request.Roles?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (roles.Count == 0 || roles.Exists(requested => !PmsRoles.All.Contains(requested, StringComparer.Ordinal)))
        {
            return new FieldErrors(new Dictionary<string, string[]>
            {
                ["roles"] = [$"Choose one or more of {string.Join(", ", PmsRoles.All)}."],
            });
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return NoSuchAccount;
        }

        var current = await users.GetRolesAsync(user);
        if (userId == actingAdminId && current.Contains(PmsRoles.Admin) && !roles.Contains(PmsRoles.Admin))
        {
            return Refusal.Conflict("You cannot remove your own Admin role; ask another administrator.");
        }

        var becomesPatient = roles.Contains(PmsRoles.Patient) && !current.Contains(PmsRoles.Patient);
        if (becomesPatient && user.DateOfBirth is null)
        {
            if (RegistrationValidator.DateOfBirthError(request.DateOfBirth, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) is { } error)
            {
                return new FieldErrors(new Dictionary<string, string[]>
                {
                    ["dateOfBirth"] = [$"{error} A Patient account gets a patient record, which needs the person's date of birth."],
                });
            }

            user.DateOfBirth = request.DateOfBirth;
        }

        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        await refreshTokens.RevokeAllOfUserAsync(user.Id, "Roles changed", cancellationToken);
        await accessRevocations.RevokeAsync(user.Id, cancellationToken);
        audit.Record(AuditAction.RolesChanged, true, user.Id, detail: $"{string.Join(", ", current)} -> {string.Join(", ", roles)}");
        if (becomesPatient)
        {
            // patient-service creates the record, or keeps the one this account already has.
            await outbox.PublishEventAsync(PatientAccountEvents.Registered(user));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return ToDto(user, roles, clock.GetUtcNow());
    }

    public async Task<Outcome<UserDto>> SetLockedAsync(Guid userId, Guid actingAdminId, bool locked, string? reason, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return NoSuchAccount;
        }

        if (reason is { Length: > MaximumReasonLength })
        {
            return new FieldErrors(new Dictionary<string, string[]> { ["reason"] = [$"A reason has at most {MaximumReasonLength} characters."] });
        }

        if (locked && userId == actingAdminId)
        {
            return Refusal.Conflict("You cannot lock your own account.");
        }

        if (locked)
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await refreshTokens.RevokeAllOfUserAsync(user.Id, "Account locked", cancellationToken);
            await accessRevocations.RevokeAsync(user.Id, cancellationToken);
        }
        else
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            await throttle.ClearAccountAsync(user.NormalizedEmail ?? "");
        }

        audit.Record(locked ? AuditAction.UserLocked : AuditAction.UserUnlocked, true, user.Id,
            detail: string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        await Db.SaveChangesAsync(cancellationToken);
        return ToDto(user, await users.GetRolesAsync(user), clock.GetUtcNow());
    }

    private static UserDto ToDto(PmsUser user, IEnumerable<string> roles, DateTimeOffset now) =>
        new(user.Id, user.Email ?? "", user.FirstName, user.LastName, [.. roles.Order(StringComparer.Ordinal)],
            user.LockoutEnd > now ? Locked : Active, user.CreatedAt);
}
