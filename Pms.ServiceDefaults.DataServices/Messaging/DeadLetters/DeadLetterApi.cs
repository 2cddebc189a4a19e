using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pms.Contracts.Messaging;
using Pms.ServiceDefaults.Authentication;

namespace Pms.ServiceDefaults.Messaging.DeadLetters;

/// <summary><c>{prefix}/dead-letters</c>: an administrator lists the service's dead letters, replays one or discards it.</summary>
public static class DeadLetterApi
{
    public static IEndpointRouteBuilder MapDeadLetterApi(this IEndpointRouteBuilder app, string prefix)
    {
        var api = app.MapGroup($"{prefix}/dead-letters").WithTags("Dead letters")
            .RequireAuthorization(PmsPolicies.Admin);

        api.MapGet("/", List)
            .WithSummary($"The messages this service gave up on (at most {DeadLetterStore.PageSize}), with the exception that made it give up.");
        api.MapPost("/{id:guid}/replay", Replay)
            .WithSummary("Handles the message again (once what made it fail is repaired); it leaves the list when it succeeds.");
        api.MapDelete("/{id:guid}", Discard)
            .WithSummary("Drops the message for good.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<DeadLetter>>> List(DeadLetterStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    public static async Task<Results<Accepted, NotFound>> Replay(Guid id, DeadLetterStore store, CancellationToken cancellationToken) =>
        await store.ReplayAsync(id, cancellationToken) ? TypedResults.Accepted((string?)null) : TypedResults.NotFound();

    public static async Task<Results<NoContent, NotFound>> Discard(Guid id, DeadLetterStore store, CancellationToken cancellationToken) =>
        await store.DiscardAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
