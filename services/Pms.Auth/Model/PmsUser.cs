using Microsoft.AspNetCore.Identity;

namespace Pms.Auth.Model;

public sealed class PmsUser : IdentityUser<Guid>
{
    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public DateOnly? DateOfBirth { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The confirmed TOTP secret (Base32); with <c>TwoFactorEnabled</c>, sign-in asks for its code.</summary>
    public string? TotpSecret { get; set; }

    /// <summary>A secret handed out by setup and not yet confirmed with a code.</summary>
    public string? PendingTotpSecret { get; set; }

    /// <summary>The RFC 6238 time step of the last accepted code: a code is accepted once.</summary>
    public long? LastTotpTimeStep { get; set; }

    /// <summary>A new account whose user name is its email, as every PMS account's is.</summary>
    public static PmsUser Create(string email, string firstName, string lastName, DateTimeOffset createdAt) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = email.Trim(),
        Email = email.Trim(),
        FirstName = firstName.Trim(),
        LastName = lastName.Trim(),
        CreatedAt = createdAt,
    };
}
