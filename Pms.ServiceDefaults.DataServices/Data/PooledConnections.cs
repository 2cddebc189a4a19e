using System.Data.Common;
using Npgsql;

namespace Pms.ServiceDefaults.Data;

/// <summary>
/// Connection settings that keep PostgreSQL's per-statement work down on the services' hot paths: statements a
/// connection runs again are prepared once and kept with it (PostgreSQL skips parsing and planning), and a connection goes
/// back to the pool without a reset: PMS leaves no session state behind (no <c>SET</c>, temporary tables or LISTEN on pooled
/// connections; advisory locks are released before their connection is closed), and the reset would cost PostgreSQL
/// one statement per use (<c>DISCARD ALL</c>), or seven once statements are prepared. A setting the connection string
/// already names is left as the operator chose it.
/// </summary>
public static class PooledConnections
{
    private const int PreparedStatementsPerConnection = 100;

    public static string Tune(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(connectionString, nameof(settings.MaxAutoPrepare)))
        {
            settings.MaxAutoPrepare = PreparedStatementsPerConnection;
        }

        if (!Names(connectionString, nameof(settings.NoResetOnClose)))
        {
            settings.NoResetOnClose = true;
        }

        return settings.ConnectionString;
    }

    /// <summary>Whether the string sets <paramref name="keyword"/> itself (Npgsql's builder answers for every keyword it knows).</summary>
    private static bool Names(string connectionString, string keyword) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => string.Equals(key.Replace(" ", "", StringComparison.Ordinal), keyword, StringComparison.OrdinalIgnoreCase));
}
