using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pms.Auth.Model;
using Pms.Auth.Security;

namespace Pms.Auth.Tests;

public sealed class PasswordHashingThreadsTests
{
    [Fact]
    public void OnLinuxPasswordsAreHashedOnThreadsTheSystemRunsOnlyWhenNothingElseWantsTheCpu()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "A thread's scheduling policy is read from Linux's /proc.");
        using var threads = new PasswordHashingThreads(NullLogger<PasswordHashingThreads>.Instance);

        var policy = threads.Run(SchedulingPolicyOfThisThread);

        Assert.Equal(PasswordHashingThreads.IdlePolicy, policy);
        Assert.NotEqual(PasswordHashingThreads.IdlePolicy, SchedulingPolicyOfThisThread());
    }

    [Fact]
    public void APasswordHashedOnThoseThreadsVerifiesAndAWrongOneDoesNot()
    {
        using var threads = new PasswordHashingThreads(NullLogger<PasswordHashingThreads>.Instance);
        var hasher = new LowPriorityPasswordHasher(Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }), threads);
        var user = new PmsUser();

        var hash = hasher.HashPassword(user, "correct horse battery staple");

        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, hash, "correct horse battery staple"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, hash, "correct horse battery stable"));
    }

    /// <summary>Field 41 of the thread's stat line (its policy); the fields after the command name start at field 3.</summary>
    private static int SchedulingPolicyOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[38], CultureInfo.InvariantCulture);
    }
}
