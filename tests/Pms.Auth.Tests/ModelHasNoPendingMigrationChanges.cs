using Microsoft.EntityFrameworkCore;
using Pms.Auth.Infrastructure;

namespace Pms.Auth.Tests;

/// <summary>An entity or configuration changed without a migration would reach no database.</summary>
public sealed class ModelHasNoPendingMigrationChanges
{
    [Fact]
    public void TheCheckedInMigrationsDescribeTheModel()
    {
        using var db = new AuthDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> -o Infrastructure/Migrations");
    }
}
