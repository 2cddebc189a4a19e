using Microsoft.AspNetCore.Identity;

namespace Pms.Auth.Model;

public sealed class PmsUser : IdentityUser<Guid>
{
    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public DateOnly? DateOfBirth { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

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
