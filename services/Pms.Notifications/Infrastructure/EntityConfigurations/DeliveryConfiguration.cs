using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Notifications.Model;

namespace Pms.Notifications.Infrastructure.EntityConfigurations;

public sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.Property(delivery => delivery.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(delivery => delivery.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(delivery => delivery.Template).HasMaxLength(100);
        builder.Property(delivery => delivery.Recipient).HasMaxLength(254);
        builder.Property(delivery => delivery.ProviderMessageId).HasMaxLength(200);
        builder.Property(delivery => delivery.LastError).HasMaxLength(2000);
        builder.Property(delivery => delivery.Subject).HasMaxLength(300);
        builder.HasIndex(delivery => delivery.NextAttemptAt).HasFilter("\"Status\" = 'Pending'");

        // A redelivered event never produces a second message to the same recipient on the same channel.
        builder.HasIndex(delivery => new { delivery.SourceEventId, delivery.Channel, delivery.Recipient, delivery.Template }).IsUnique();
        builder.HasIndex(delivery => new { delivery.PatientId, delivery.CreatedAt });
    }
}
