using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pms.Auth.Extensions;
using Pms.Auth.Infrastructure;
using Pms.Auth.Services;
using Pms.Auth.Services.Keys;
using Pms.Auth.Tests.Infrastructure;

namespace Pms.Auth.Tests;

/// <summary>Password-reset links are protected with data-protection keys every replica shares, sealed in authdb.</summary>
public sealed class SharedDataProtectionTests(AuthApp app)
{
    private const string Purpose = "a link";

    [Fact]
    public async Task WhatOneReplicaProtectsAnotherOpensAndTheStoredKeysAreSealed()
    {
        var protectedByTheApp = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("reset me");

        await using var otherReplica = OtherReplica(app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.SigningKey);
        Assert.Equal("reset me", otherReplica.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(protectedByTheApp));

        await using var db = app.Db();
        var keys = await db.DataProtectionKeys.Select(key => key.Xml).ToListAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<sealedKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task KeysSealedBeforeTheSealMovedToTheServiceDefaultsStillOpen()
    {
        var protectedByTheApp = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("reset me");
        var shared = typeof(ServiceDefaults.DataProtection.SealedKeyXmlDecryptor).AssemblyQualifiedName!;
        var earlier = typeof(Pms.Auth.Security.SealedKeyXmlDecryptor).AssemblyQualifiedName!;
        await using (var db = app.Db())
        {
            var keys = await db.DataProtectionKeys.ToListAsync(TestContext.Current.CancellationToken);
            Assert.All(keys, key => Assert.Contains(shared, key.Xml, StringComparison.Ordinal));
            keys.ForEach(key => key.Xml = key.Xml!.Replace(shared, earlier, StringComparison.Ordinal));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var otherReplica = OtherReplica(app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.SigningKey);

        Assert.Equal("reset me", otherReplica.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(protectedByTheApp));
    }

    /// <summary>A second auth-service replica as far as data protection goes: the same database, the given signing key.</summary>
    private ServiceProvider OtherReplica(string signingKey)
    {
        using var db = app.Db();
        var connectionString = db.Database.GetConnectionString();
        var services = new ServiceCollection()
            .AddLogging()
            .AddDbContext<AuthDbContext>(options => options.UseNpgsql(connectionString))
            .AddSingleton(Options.Create(new AuthOptions { SigningKey = signingKey }))
            .AddSingleton<SigningKeyProtector>()
            .AddSharedDataProtection();
        return services.BuildServiceProvider();
    }
}
