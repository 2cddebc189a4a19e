using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Pms.Auth.Model;

namespace Pms.Auth.Security;

/// <summary>
/// Refuses passwords that are known to attackers or trivially guessable (NIST SP 800-63B): the
/// list the repository carries, one character repeated, or the account's own email. Length is
/// the only other rule; there are no composition rules.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PmsUser>
{
    public const int MaximumLength = 128;
    private static readonly FrozenSet<string> CommonPasswords = LoadList();

    public Task<IdentityResult> ValidateAsync(UserManager<PmsUser> manager, PmsUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > MaximumLength)
        {
            return Failed("PasswordTooLong", $"The password must have at most {MaximumLength} characters.");
        }

        var emailName = user.Email?.Split('@')[0];
        var guessable = CommonPasswords.Contains(password)
            || password.All(character => character == password[0])
            || string.Equals(password, user.Email, StringComparison.OrdinalIgnoreCase)
            || string.Equals(password, emailName, StringComparison.OrdinalIgnoreCase);

        return guessable
            ? Failed("PasswordTooCommon", "This password is too common or easy to guess; choose a longer phrase of your own.")
            : Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Failed(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static FrozenSet<string> LoadList()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Pms.Auth.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                entries.Add(line.Trim());
            }
        }

        return entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
