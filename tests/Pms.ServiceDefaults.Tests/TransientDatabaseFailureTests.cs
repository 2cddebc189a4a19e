using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Npgsql;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Errors;
using Pms.ServiceDefaults.Messaging;

namespace Pms.ServiceDefaults.Tests;

public sealed class TransientDatabaseFailureTests
{
    [Fact]
    public void ADatabaseInCrashRecoveryOrOutOfReachIsTransientHoweverDeeplyWrapped()
    {
        var recovering = new PostgresException("the database system is not yet accepting connections", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow);
        var unreachable = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));
        var shutDown = new PostgresException("terminating connection due to immediate shutdown command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown);

        Assert.True(TransientDatabaseFailure.IsCause(recovering));
        Assert.True(TransientDatabaseFailure.IsCause(new DbUpdateException("Saving failed.", recovering)));
        Assert.True(TransientDatabaseFailure.IsCause(new InvalidOperationException("Handling failed.", new DbUpdateException("Saving failed.", unreachable))));
        Assert.True(TransientDatabaseFailure.IsCause(shutDown));
    }

    [Fact]
    public void AFailureTheDatabaseWillGiveAgainIsNotTransient()
    {
        var duplicate = new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);

        Assert.False(TransientDatabaseFailure.IsCause(new DbUpdateException("Saving failed.", duplicate)));
        Assert.False(TransientDatabaseFailure.IsCause(new InvalidOperationException("A handler's own failure.")));
    }

    [Fact]
    public async Task ARequestThatMetItsDatabaseInRecoveryIsAnswered503WithATimeToRetryAndNoInternals()
    {
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var logger = new FakeLogger<ProblemDetailsExceptionHandler>();
        var handler = new ProblemDetailsExceptionHandler(services.GetRequiredService<IProblemDetailsService>(),
            [KnownFailure.Of<DbUpdateConcurrencyException>(StatusCodes.Status409Conflict, "Changed."), TransientDatabaseFailure.ForRequests],
            logger);
        var context = new DefaultHttpContext { RequestServices = services, Response = { Body = new MemoryStream() } };
        var failure = new DbUpdateException("Saving failed.",
            new PostgresException("the database system is not yet accepting connections", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow));

        Assert.True(await handler.TryHandleAsync(context, failure, TestContext.Current.CancellationToken));
        var unknown = new DefaultHttpContext { RequestServices = services, Response = { Body = new MemoryStream() } };
        Assert.True(await handler.TryHandleAsync(unknown, new InvalidOperationException("A defect."), TestContext.Current.CancellationToken));

        // The database's outage is a warning per request; what nobody foresaw stays an error.
        Assert.Equal([(LogLevel.Warning, StatusCodes.Status503ServiceUnavailable), (LogLevel.Error, StatusCodes.Status500InternalServerError)],
            [(logger.Collector.GetSnapshot()[0].Level, context.Response.StatusCode), (logger.Collector.GetSnapshot()[1].Level, unknown.Response.StatusCode)]);

        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Contains("database", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("57P03", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", body, StringComparison.Ordinal);
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

        Assert.Equal([TimeSpan.FromSeconds(3)], configured.DatabaseUnavailableRetryDelays);
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)], configured.RetryDelays);
    }

    [Fact]
    public void RetriesThatWouldOutlastTheStaleEnvelopeTimeAreRefusedAndTheDefaultsStayWithinIt()
    {
        var outlasting = new MessagingOptions
        {
            StaleEnvelopeTime = TimeSpan.FromSeconds(40),
        };

        Assert.Null(new MessagingOptions().Contradiction());
        Assert.Contains(nameof(MessagingOptions.StaleEnvelopeTime), outlasting.Contradiction(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMessageCouldBeReleasedAsStaleBeforeAnyCheckSawItOverdueIsRefused()
    {
        var unseen = new MessagingOptions
        {
            OverdueAfter = TimeSpan.FromSeconds(50),
            OverdueCheckInterval = TimeSpan.FromSeconds(10),
        };

        Assert.Contains(nameof(MessagingOptions.OverdueCheckInterval), unseen.Contradiction(), StringComparison.Ordinal);
    }
}
