using Microsoft.EntityFrameworkCore;
using Pms.Contracts.Events;

namespace Pms.ServiceDefaults.Data;

public static class ProcessedEventExtensions
{
    public static ModelBuilder MapProcessedEvents(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProcessedEvent>(entity =>
        {
            entity.ToTable("ProcessedEvents");
            entity.HasKey(processed => new { processed.EventId, processed.Handler });
            entity.Property(processed => processed.Handler).HasMaxLength(200);
        });
        return modelBuilder;
    }

    /// <summary>
    /// Marks <paramref name="integrationEvent"/> as handled by <paramref name="handler"/> unless it
    /// already was; returns false for a redelivery. The key makes concurrent duplicates fail at commit.
    /// </summary>
    public static async Task<bool> TryMarkHandledAsync(
        this DbContext context, IntegrationEvent integrationEvent, string handler, CancellationToken cancellationToken = default)
    {
        var events = context.Set<ProcessedEvent>();
        if (await events.AnyAsync(processed => processed.EventId == integrationEvent.EventId && processed.Handler == handler, cancellationToken))
        {
            return false;
        }

        events.Add(new ProcessedEvent { EventId = integrationEvent.EventId, Handler = handler, ProcessedAt = DateTimeOffset.UtcNow });
        return true;
    }
}
