using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Patients.Model;
using Pms.Patients.Services;

namespace Pms.Patients.Infrastructure.EntityConfigurations;

public sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public const int NameLength = 100;
    public const int EmailLength = 254;
    public const int PhoneLength = 32;
    public const int AddressPartLength = 200;
    public const int IdentifierLength = 64;
    public const int LanguageLength = 35;

    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.Property(patient => patient.Mrn).HasMaxLength(20);
        builder.Property(patient => patient.FirstName).HasMaxLength(NameLength);
        builder.Property(patient => patient.LastName).HasMaxLength(NameLength);
        builder.Property(patient => patient.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(patient => patient.Email).HasMaxLength(EmailLength);
        builder.Property(patient => patient.PhoneNumber).HasMaxLength(PhoneLength);
        builder.Property(patient => patient.RegistrationSource).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(patient => patient.CreatedAt);
        builder.Property(patient => patient.RegistrationFeeStatus).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(patient => patient.RegistrationFeeStatus).HasFilter("\"RegistrationFeeStatus\" = 'Pending'");

        builder.OwnsOne(patient => patient.Address, address =>
        {
            address.Property(part => part.Line1).HasMaxLength(AddressPartLength);
            address.Property(part => part.Line2).HasMaxLength(AddressPartLength);
            address.Property(part => part.City).HasMaxLength(AddressPartLength);
            address.Property(part => part.Region).HasMaxLength(AddressPartLength);
            address.Property(part => part.PostalCode).HasMaxLength(20);
            address.Property(part => part.Country).HasMaxLength(AddressPartLength);
        });
        builder.OwnsOne(patient => patient.EmergencyContact, contact =>
        {
            contact.Property(part => part.Name).HasMaxLength(AddressPartLength);
            contact.Property(part => part.Relationship).HasMaxLength(NameLength);
            contact.Property(part => part.PhoneNumber).HasMaxLength(PhoneLength);
        });

        builder.OwnsMany(patient => patient.Identifiers, identifier =>
        {
            identifier.ToTable("PatientIdentifiers");
            identifier.Property(part => part.Kind).HasConversion<string>().HasMaxLength(20);
            identifier.Property(part => part.Value).HasMaxLength(IdentifierLength);
            identifier.HasIndex(part => new { part.Kind, part.Value }).IsUnique().HasDatabaseName(PatientIdentity.IdentifierIndexName);
            // A value typed without its kind (the search box, FHIR's identifier=value).
            identifier.HasIndex(part => part.Value);
        });
        builder.Property(patient => patient.PreferredLanguage).HasMaxLength(LanguageLength);
        builder.Property(patient => patient.Active).HasDefaultValue(true);

        // One record per account, however often its registration event arrives.
        builder.HasIndex(patient => patient.AuthUserId).IsUnique().HasFilter("\"AuthUserId\" IS NOT NULL");

        // Search: trigram indexes serve partial, case- and accent-insensitive matches.
        builder.Property(patient => patient.NormalizedName).HasMaxLength(2 * NameLength + 1);
        builder.Property(patient => patient.NormalizedPhone).HasMaxLength(PhoneLength);
        builder.Property(patient => patient.NormalizedEmail).HasMaxLength(EmailLength);
        builder.HasIndex(patient => patient.NormalizedName).HasMethod("gin").HasOperators("gin_trgm_ops")
            .HasDatabaseName("IX_Patients_NormalizedName_Trigram");
        builder.HasIndex(patient => patient.NormalizedPhone).HasMethod("gin").HasOperators("gin_trgm_ops")
            .HasDatabaseName("IX_Patients_NormalizedPhone_Trigram");
        builder.HasIndex(patient => patient.NormalizedEmail).HasMethod("gin").HasOperators("gin_trgm_ops")
            .HasDatabaseName("IX_Patients_NormalizedEmail_Trigram");
        // A prefix search (MRN) needs pattern operators: the database collation is not "C".
        builder.HasIndex(patient => patient.Mrn).IsUnique().HasOperators("text_pattern_ops");
        builder.HasIndex(patient => new { patient.NormalizedName, patient.DateOfBirth });
        builder.HasIndex(patient => new { patient.LastName, patient.FirstName });

        builder.Property(patient => patient.Version).IsRowVersion();
    }
}
