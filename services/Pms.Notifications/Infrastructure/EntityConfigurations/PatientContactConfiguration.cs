using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Notifications.Model;

namespace Pms.Notifications.Infrastructure.EntityConfigurations;

public sealed class PatientContactConfiguration : IEntityTypeConfiguration<PatientContact>
{
    public void Configure(EntityTypeBuilder<PatientContact> builder)
    {
        builder.ToTable("PatientContacts");
        builder.HasKey(contact => contact.PatientId);
        builder.Property(contact => contact.FirstName).HasMaxLength(100);
        builder.Property(contact => contact.LastName).HasMaxLength(100);
        builder.Property(contact => contact.Email).HasMaxLength(254);
        builder.Property(contact => contact.PhoneNumber).HasMaxLength(32);
        builder.HasIndex(contact => contact.AuthUserId);
    }
}
