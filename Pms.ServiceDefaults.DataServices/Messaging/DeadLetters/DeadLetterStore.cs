using JasperFx.Core;
using Pms.Contracts.Messaging;
using Wolverine.Persistence.Durability.DeadLetterManagement;
using Wolverine.Runtime;

namespace Pms.ServiceDefaults.Messaging.DeadLetters;

/// <summary>
/// The service's dead letters in Wolverine's storage (its <c>wolverine_dead_letters</c> table): listed, replayed (Wolverine
/// moves a replayable one back to the inbox and handles it again) or discarded.
/// </summary>
public sealed class DeadLetterStore(IWolverineRuntime runtime)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken cancellationToken)
    {
        var found = await runtime.Storage.DeadLetters.QueryAsync(new DeadLetterEnvelopeQuery(TimeRange.AllTime()) { PageSize = PageSize }, cancellationToken);
        return [.. found.Envelopes.Select(letter => new DeadLetter(
            letter.Id, letter.MessageType, letter.Source, letter.ExceptionType, letter.ExceptionMessage, letter.SentAt, letter.Replayable))];
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken) =>
        (await runtime.Storage.DeadLetters.SummarizeAllAsync(runtime.Options.ServiceName, TimeRange.AllTime(), cancellationToken)).Sum(group => (long)group.Count);

    /// <returns>False when no dead letter has this id.</returns>
    public async Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await runtime.Storage.DeadLetters.DeadLetterEnvelopeByIdAsync(id) is null)
        {
            return false;
        }

        await runtime.Storage.DeadLetters.ReplayAsync(new DeadLetterEnvelopeQuery(TimeRange.AllTime()) { MessageIds = [id] }, cancellationToken);
        return true;
    }

    /// <returns>False when no dead letter has this id.</returns>
    public async Task<bool> DiscardAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await runtime.Storage.DeadLetters.DeadLetterEnvelopeByIdAsync(id) is null)
        {
            return false;
        }

        await runtime.Storage.DeadLetters.DiscardAsync(new DeadLetterEnvelopeQuery(TimeRange.AllTime()) { MessageIds = [id] }, cancellationToken);
        return true;
    }
}
