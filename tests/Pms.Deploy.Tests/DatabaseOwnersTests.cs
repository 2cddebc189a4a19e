extern alias testing;

using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pms.Deploy.Containers;
using testing::Pms.AppHost.Infrastructure.Local;
using testing::Pms.Testing;

namespace Pms.Deploy.Tests;

/// <summary>
/// The postgres-owners Job's script, run with psql against a real PostgreSQL as the Job runs it: every service's
/// database gets its own owner role, nobody else may connect, objects an earlier version created as the superuser
/// move to the owner, and running it again (a later apply, a rotated password) changes nothing else.
/// </summary>
public sealed class DatabaseOwnersTests(RenderedSystem system, DatabaseOwnersTests.Server server) : IClassFixture<DatabaseOwnersTests.Server>
{
    private const string JobName = "postgres-owners";

    public sealed class Server : ThrowawayPostgres<NoModel>;

    /// <summary>The Job needs no model; the throwaway server only lends its PostgreSQL.</summary>
    public sealed class NoModel(DbContextOptions<NoModel> options) : DbContext(options);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryServiceDatabaseIsOwnedByItsOwnRoleAndClosedToTheOthers()
    {
        await UpgradeFromSuperuserObjectsAsync("patientdb");

        var result = await RunJobAsync(password: database => $"first-{database}");
        Assert.True(result.ExitCode == 0, result.Output);

        var databases = OwnerPasswordKeys().Select(key => key[..^"-password".Length]).ToList();
        Assert.Equal(["auditdb", "authdb", "billingdb", "notificationdb", "patientdb"], databases.Order(StringComparer.Ordinal));
        foreach (var database in databases)
        {
            Assert.Equal((database, false, true, true), await ScalarRowAsync<(string, bool, bool, bool)>("postgres",
                $"SELECT pg_get_userbyid(d.datdba), r.rolsuper, r.rolcanlogin, r.rolpassword IS NOT NULL FROM pg_database d JOIN pg_authid r ON r.rolname = d.datname WHERE d.datname = '{database}'"));
        }

        Assert.Equal(0L, await ScalarAsync<long>("patientdb", """
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('public', 'wolverine') AND c.relkind IN ('r', 'S', 'v') AND pg_get_userbyid(c.relowner) <> 'patientdb'
            """));

        await using (var owner = await OpenAsync("patientdb", user: "patientdb"))
        {
            await ExecuteAsync(owner, "CREATE EXTENSION IF NOT EXISTS btree_gist; ALTER TABLE wolverine.envelopes ADD COLUMN added int; "
                + "ALTER TABLE public.patients ADD COLUMN added int; CREATE TABLE public.created_by_the_owner (id int)");
            Assert.False(await new NpgsqlCommand("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", owner).ExecuteScalarAsync(Cancellation) is true);
        }

        var refused = await Assert.ThrowsAsync<PostgresException>(() => OpenAsync("billingdb", user: "patientdb"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task RunningAgainWithARotatedPasswordChangesOnlyThePassword()
    {
        Assert.Equal(0, (await RunJobAsync(password: database => $"before-{database}")).ExitCode);
        var before = await ScalarAsync<string>("postgres", "SELECT rolpassword FROM pg_authid WHERE rolname = 'billingdb'");

        var again = await RunJobAsync(password: database => $"after-{database}");

        Assert.True(again.ExitCode == 0, again.Output);
        Assert.NotEqual(before, await ScalarAsync<string>("postgres", "SELECT rolpassword FROM pg_authid WHERE rolname = 'billingdb'"));
        Assert.Equal("billingdb", await ScalarAsync<string>("postgres", "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'billingdb'"));
    }

    [Fact]
    public async Task AManagedServersAdministratorWithoutSuperuserRightsCanRunIt()
    {
        await using (var postgres = await OpenAsync("postgres", user: "postgres"))
        {
            await ExecuteAsync(postgres, "DROP ROLE IF EXISTS administrator; CREATE ROLE administrator LOGIN CREATEDB CREATEROLE");
        }

        var result = await RunJobAsync(password: database => $"managed-{database}", administrator: "administrator");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal("notificationdb", await ScalarAsync<string>("postgres", "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'notificationdb'"));
        Assert.False(await ScalarAsync<bool>("postgres", "SELECT rolsuper FROM pg_roles WHERE rolname = 'notificationdb'"));
    }

    [Fact]
    public async Task AnEmptyPasswordStopsTheJobNamingTheSecretToSet()
    {
        var result = await RunJobAsync(password: database => database == "auditdb" ? "" : $"set-{database}");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("set auditdb-password in secrets.env", result.Output, StringComparison.Ordinal);
    }

    /// <summary>What an earlier version left: the database and its objects created by the superuser.</summary>
    private async Task UpgradeFromSuperuserObjectsAsync(string database)
    {
        await using (var postgres = await OpenAsync("postgres", user: "postgres"))
        {
            await ExecuteAsync(postgres, $"DROP DATABASE IF EXISTS {database} WITH (FORCE); CREATE DATABASE {database}");
        }

        await using var connection = await OpenAsync(database, user: "postgres");
        await ExecuteAsync(connection, """
            CREATE EXTENSION pg_trgm;
            CREATE SCHEMA wolverine;
            CREATE TABLE wolverine.envelopes (id serial PRIMARY KEY);
            CREATE TABLE public.patients (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);
            CREATE VIEW public.patient_names AS SELECT name FROM public.patients;
            CREATE TYPE public.sex AS ENUM ('female', 'male');
            CREATE FUNCTION public.notify_new() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            """);
    }

    private async Task<(int ExitCode, string Output)> RunJobAsync(Func<string, string> password, string administrator = "postgres")
    {
        var job = system.Named<V1Job>(JobName);
        var container = Assert.Single(job.Spec.Template.Spec.Containers);
        var start = new ProcessStartInfo(Path.Combine(PostgresBinaries.FindBinDirectory(), "psql"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in container.Command.Skip(1))
        {
            start.ArgumentList.Add(argument.StartsWith("/scripts/", StringComparison.Ordinal)
                ? Path.Combine(Repository.AspirateOutput, "postgres", PostgresProfile.OwnersScriptFile)
                : argument);
        }

        foreach (var variable in container.Env)
        {
            start.Environment[variable.Name] = variable.ValueFrom?.SecretKeyRef?.Key is { } key
                ? key.EndsWith("db-password", StringComparison.Ordinal) ? password(key[..^"-password".Length]) : ""
                : variable.Value;
        }

        var connection = new NpgsqlConnectionStringBuilder(server.ConnectionString("postgres"));
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = administrator;
        using var psql = Process.Start(start)!;
        var output = psql.StandardOutput.ReadToEndAsync(Cancellation);
        var error = psql.StandardError.ReadToEndAsync(Cancellation);
        await psql.WaitForExitAsync(Cancellation);
        return (psql.ExitCode, await output + await error);
    }

    private IEnumerable<string> OwnerPasswordKeys() =>
        Assert.Single(system.Named<V1Job>(JobName).Spec.Template.Spec.Containers).Env
            .Select(variable => variable.ValueFrom?.SecretKeyRef?.Key)
            .OfType<string>()
            .Where(key => key.EndsWith("db-password", StringComparison.Ordinal));

    private async Task<NpgsqlConnection> OpenAsync(string database, string user)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString(database)) { Username = user, Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(Cancellation);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Cancellation);
    }

    private async Task<T> ScalarAsync<T>(string database, string sql)
    {
        await using var connection = await OpenAsync(database, user: "postgres");
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Cancellation))!;
    }

    private async Task<T> ScalarRowAsync<T>(string database, string sql)
    {
        await using var connection = await OpenAsync(database, user: "postgres");
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        Assert.True(await reader.ReadAsync(Cancellation));
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return (T)Activator.CreateInstance(typeof(T), values)!;
    }
}
