using Npgsql;

namespace Pms.Bench.System;

/// <summary>
/// The bench's own connections to PMS's PostgreSQL are opened unpooled and closed at once: they
/// must not keep connection slots that PMS's services share under max_connections.
/// </summary>
public static class Unpooled
{
    public static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken, string? database = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        if (database is not null)
        {
            builder.Database = database;
        }

        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
