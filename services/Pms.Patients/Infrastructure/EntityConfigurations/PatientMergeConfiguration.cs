using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pms.Patients.Model;

namespace Pms.Patients.Infrastructure.EntityConfigurations;

public sealed class PatientMergeConfiguration : IEntityTypeConfiguration<PatientMerge>
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public void Configure(EntityTypeBuilder<PatientMerge> builder)
    {
        builder.Property(merge => merge.SurvivorBefore).HasColumnType("jsonb").HasConversion(
            snapshot => JsonSerializer.Serialize(snapshot, Json), json => JsonSerializer.Deserialize<PatientSnapshot>(json, Json)!);
        builder.Property(merge => merge.DuplicateBefore).HasColumnType("jsonb").HasConversion(
            snapshot => JsonSerializer.Serialize(snapshot, Json), json => JsonSerializer.Deserialize<PatientSnapshot>(json, Json)!);
        builder.HasIndex(merge => merge.SurvivorId);
        builder.HasIndex(merge => merge.DuplicateId);
    }
}
