using Pms.Testing;
using Pms.Auth.Model;
using Pms.Auth.Security;

namespace Pms.Auth.Tests;

public sealed class CommonPasswordValidatorTests
{
    private static readonly PmsUser Ada = new() { Email = "ada.lovelace@example.org" };
    private readonly CommonPasswordValidator _validator = new();

    [TimedTheory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("correcthorsebatterystaple")]
    public async Task APasswordFromTheCommonListIsRejectedWhateverItsCase(string password) =>
        Assert.Equal("PasswordTooCommon", await FirstErrorAsync(password));

    [TimedFact]
    public async Task TheShippedListHoldsAtLeastTenThousandPasswordsAndEveryOneIsRejected()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Pms.Auth.Security.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var entries = (await reader.ReadToEndAsync(TestContext.Current.CancellationToken)).Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

        Assert.True(entries.Count >= 10_000, $"The list has {entries.Count} entries.");
        foreach (var entry in entries.Where((_, index) => index % 997 == 0).Append(entries[^1]))
        {
            Assert.Equal("PasswordTooCommon", await FirstErrorAsync(entry));
        }
    }

    [TimedFact]
    public async Task OneCharacterRepeatedIsRejected() =>
        Assert.Equal("PasswordTooCommon", await FirstErrorAsync(new string('7', 20)));

    [TimedTheory]
    [InlineData("ada.lovelace@example.org")]
    [InlineData("Ada.Lovelace")]
    public async Task TheAccountsOwnEmailIsRejected(string password) =>
        Assert.Equal("PasswordTooCommon", await FirstErrorAsync(password));

    [TimedFact]
    public async Task MoreThanOneHundredTwentyEightCharactersIsRejected() =>
        Assert.Equal("PasswordTooLong", await FirstErrorAsync(string.Concat(Enumerable.Repeat("ab", 65))));

    [TimedTheory]
    [InlineData("the analytical engine weaves algebra")]
    [InlineData("zq8#Lm2!pR4w")]
    public async Task AnUncommonPassphraseIsAccepted(string password) =>
        Assert.Null(await FirstErrorAsync(password));

    private async Task<string?> FirstErrorAsync(string password)
    {
        var result = await _validator.ValidateAsync(null!, Ada, password);
        return result.Errors.FirstOrDefault()?.Code;
    }
}
