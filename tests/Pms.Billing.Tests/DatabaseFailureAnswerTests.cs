using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pms.Billing.Tests.Infrastructure;

namespace Pms.Billing.Tests;

/// <summary>How billing-service, as composed, answers a request whose database failed under it.</summary>
public sealed class DatabaseFailureAnswerTests(BillingApp app)
{
    [Theory]
    [InlineData(PostgresErrorCodes.CannotConnectNow, StatusCodes.Status503ServiceUnavailable, "5")]
    [InlineData(PostgresErrorCodes.AdminShutdown, StatusCodes.Status503ServiceUnavailable, "5")]
    [InlineData(PostgresErrorCodes.UniqueViolation, StatusCodes.Status500InternalServerError, "")]
    public async Task ADatabaseOutOfReachIsA503WithATimeToRetryAndAnyOtherDatabaseFailureA500(string sqlState, int status, string retryAfter)
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, Response = { Body = new MemoryStream() } };
        var failure = new DbUpdateException("Saving failed.", new PostgresException("The database failed.", "FATAL", "FATAL", sqlState));

        foreach (var handler in scope.ServiceProvider.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(context, failure, TestContext.Current.CancellationToken))
            {
                break;
            }
        }

        Assert.Equal((status, retryAfter), (context.Response.StatusCode, context.Response.Headers.RetryAfter.ToString()));
    }
}
