using System.Text;

namespace Pms.Deploy.Containers;

/// <summary>
/// The psql script of the postgres-owners Job, run as the superuser on every apply: for each service's database,
/// its owner role with the password from the Secret (rotated by changing it there), the database itself owned by
/// that role and closed to everyone else, and every object an earlier version created as the superuser handed to
/// the owner, so the service's migrations can change them.
/// </summary>
public static class OwnersScript
{
    /// <summary>The Job's variable holding the owner's password, e.g. <c>PATIENTDB_OWNER_PASSWORD</c>.</summary>
    public static string PasswordVariable(OwnedDatabase database) =>
        $"{database.Name.ToUpperInvariant().Replace('-', '_')}_OWNER_PASSWORD";

    public static string Write(IEnumerable<OwnedDatabase> databases)
    {
        var script = new StringBuilder();
        script.Append("-- Generated from the AppHost by tools/Pms.Deploy: each service's database and its owner role. Safe to run again.\n");
        foreach (var database in databases)
        {
            Append(script, database);
        }

        return script.ToString();
    }

    private static void Append(StringBuilder script, OwnedDatabase database)
    {
        var role = Identifier(database.Role);
        var roleName = Literal(database.Role);
        var name = Identifier(database.Name);
        var nameLiteral = Literal(database.Name);
        var variable = PasswordVariable(database);
        script.Append($$"""

            \set owner_password ''
            \getenv owner_password {{variable}}
            SELECT :'owner_password' <> '' AS has_owner_password \gset
            \if :has_owner_password
            \else
            DO $$ BEGIN RAISE EXCEPTION '{{variable}} is empty: set {{database.PasswordParameter}} in secrets.env.'; END $$;
            \endif
            SELECT 'CREATE ROLE {{role}} LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {{roleName}}) \gexec
            ALTER ROLE {{role}} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
            SELECT 'CREATE DATABASE {{name}} OWNER {{role}}' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = {{nameLiteral}}) \gexec
            ALTER DATABASE {{name}} OWNER TO {{role}};
            REVOKE ALL ON DATABASE {{name}} FROM PUBLIC;
            \connect {{name}}
            DO $owners$
            DECLARE
                owner_name text := {{roleName}};
                owner_id oid := {{roleName}}::regrole;
                statement text;
            BEGIN
                FOR statement IN
                    SELECT format('ALTER SCHEMA %I OWNER TO %I', n.nspname, owner_name)
                    FROM pg_namespace n
                    WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
                      AND n.nspowner NOT IN (owner_id, 'pg_database_owner'::regrole)
                    UNION ALL
                    SELECT format('ALTER TABLE %s OWNER TO %I', c.oid::regclass, owner_name)
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND c.relowner <> owner_id
                      AND (c.relkind IN ('r', 'p', 'v', 'm', 'f')
                           OR (c.relkind = 'S' AND NOT EXISTS (SELECT FROM pg_depend d
                               WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))))
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
                    UNION ALL
                    SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, owner_name)
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND p.proowner <> owner_id
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
                    UNION ALL
                    SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, owner_name)
                    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                    WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND t.typowner <> owner_id
                      AND t.typtype IN ('e', 'd', 'r')
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE statement;
                END LOOP;
            END
            $owners$;
            \connect postgres

            """);
    }

    private static string Identifier(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
