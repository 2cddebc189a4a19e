using Microsoft.EntityFrameworkCore;

namespace Pms.ServiceDefaults.Merges;

public static class PatientMergeModel
{
    /// <summary>
    /// Maps the merges the service applied to table <c>PatientMerges</c> and what each moved to <paramref name="itemsTable"/>,
    /// whose column <paramref name="itemColumn"/> refers to the moved <typeparamref name="TItem"/>.
    /// </summary>
    public static ModelBuilder MapPatientMerges<TItem>(this ModelBuilder modelBuilder, string itemsTable, string itemColumn)
        where TItem : class
    {
        modelBuilder.MapPatientMerges(itemsTable, itemColumn);
        modelBuilder.Entity<MergedItem>().HasOne<TItem>().WithMany().HasForeignKey(moved => moved.ItemId).OnDelete(DeleteBehavior.Cascade);
        return modelBuilder;
    }

    /// <summary>
    /// Maps the merges the service applied to table <c>PatientMerges</c> and what each moved to <paramref name="itemsTable"/>,
    /// for a service whose merges move records of several kinds, so <paramref name="itemColumn"/> refers to no one table.
    /// </summary>
    public static ModelBuilder MapPatientMerges(this ModelBuilder modelBuilder, string itemsTable, string itemColumn)
    {
        modelBuilder.Entity<PatientMerge>(merge =>
        {
            merge.ToTable("PatientMerges");
            merge.HasKey(applied => applied.MergeId);
            merge.Property(applied => applied.MergeId).ValueGeneratedNever();

            // Whoever asks which record a patient was merged into asks by the duplicate, and only of merges that stand.
            merge.HasIndex(applied => applied.DuplicateId).HasFilter("\"MergedAt\" IS NOT NULL AND \"UndoneAt\" IS NULL");
            merge.HasMany(applied => applied.Items).WithOne().HasForeignKey(item => item.MergeId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MergedItem>(item =>
        {
            item.ToTable(itemsTable);
            item.Property(moved => moved.ItemId).HasColumnName(itemColumn);
            item.HasKey(moved => new { moved.MergeId, moved.ItemId });
            item.HasIndex(moved => moved.ItemId);
        });
        return modelBuilder;
    }
}
