using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Pms.Auth.Model;
using Pms.Auth.Security;

namespace Pms.Auth.Tests;

public sealed class PasswordHashingThreadsTests
{
    [Fact]
    public void OnLinuxPasswordsAreHashedOnThreadsTheSystemRunsAfterEveryOtherRequest()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Thread niceness is read from Linux's /proc.");
        using var threads = new PasswordHashingThreads();

        var niceness = threads.Run(NicenessOfThisThread);

        Assert.Equal(Math.Min(19, NicenessOfThisThread() + PasswordHashingThreads.NicenessAdded), niceness);
    }

    [Fact]
    public void APasswordHashedOnThoseThreadsVerifiesAndAWrongOneDoesNot()
    {
        using var threads = new PasswordHashingThreads();
        var hasher = new LowPriorityPasswordHasher(Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }), threads);
        var user = new PmsUser();

        var hash = hasher.HashPassword(user, "correct horse battery staple");

        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, hash, "correct horse battery staple"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, hash, "correct horse battery stable"));
    }

    /// <summary>Field 19 of the thread's stat line; the fields after the command name start at field 3.</summary>
    private static int NicenessOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], CultureInfo.InvariantCulture);
    }
}
