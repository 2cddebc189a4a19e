using Microsoft.AspNetCore.Identity;

namespace Pms.Auth.Model;

public sealed class PmsUser : IdentityUser<Guid>
{
    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public DateOnly? DateOfBirth { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
