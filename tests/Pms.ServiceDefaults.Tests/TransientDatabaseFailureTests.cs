using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Pms.ServiceDefaults.Messaging;

namespace Pms.ServiceDefaults.Tests;

public sealed class TransientDatabaseFailureTests
{
    [Fact]
    public void ADatabaseInCrashRecoveryOrOutOfReachIsTransientHoweverDeeplyWrapped()
    {
        var recovering = new PostgresException("the database system is not yet accepting connections", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow);
        var unreachable = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));

        Assert.True(TransientDatabaseFailure.IsCause(recovering));
        Assert.True(TransientDatabaseFailure.IsCause(new DbUpdateException("Saving failed.", recovering)));
        Assert.True(TransientDatabaseFailure.IsCause(new InvalidOperationException("Handling failed.", new DbUpdateException("Saving failed.", unreachable))));
    }

    [Fact]
    public void AFailureTheDatabaseWillGiveAgainIsNotTransient()
    {
        var duplicate = new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);

        Assert.False(TransientDatabaseFailure.IsCause(new DbUpdateException("Saving failed.", duplicate)));
        Assert.False(TransientDatabaseFailure.IsCause(new InvalidOperationException("A handler's own failure.")));
    }

    [Fact]
    public void ConfiguredRetryWaitsReplaceTheDefaultsInsteadOfJoiningThem()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messaging:DatabaseUnavailableRetryDelays:0"] = "00:00:03",
            ["Messaging:RetryDelays:0"] = "00:00:00.2",
            ["Messaging:RetryDelays:1"] = "00:00:00.4",
        }).Build();

        var configured = configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>()!;
        var defaults = new MessagingOptions();

        Assert.Equal([TimeSpan.FromSeconds(3)], configured.DatabaseUnavailableRetryDelays);
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)], configured.RetryDelays);
        Assert.Equal(TimeSpan.FromSeconds(108), defaults.DatabaseUnavailableRetryDelays.Aggregate(TimeSpan.Zero, (total, wait) => total + wait));
        Assert.True(defaults.DatabaseUnavailableRetryDelays.Count > defaults.RetryDelays.Count);
    }
}
