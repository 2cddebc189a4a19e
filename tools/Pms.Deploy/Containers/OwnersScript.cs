using System.Text;

namespace Pms.Deploy.Containers;

/// <summary>
/// The psql script of the postgres-owners Job, run as the server's administrator: for each service's database, its
/// owner role with the password from the Secret (rotated by changing it there), the database itself owned by that
/// role and closed to everyone else, and every object the administrator created there (an earlier version's
/// services connected as it) handed to the owner, so the service's migrations can change them. The administrator
/// is the superuser in the cluster's own PostgreSQL; on a managed server it may be a role with CREATEROLE and
/// CREATEDB only, which joins each owner role so that it may hand objects to it.
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
        script.Append("SELECT rolsuper AS administrator_is_superuser FROM pg_roles WHERE rolname = current_user \\gset\n");
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
            SELECT format('CREATE ROLE %I LOGIN', {{roleName}}) WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {{roleName}}) \gexec
            ALTER ROLE {{role}} WITH LOGIN NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
            \if :administrator_is_superuser
            ALTER ROLE {{role}} WITH NOSUPERUSER NOREPLICATION NOBYPASSRLS;
            \else
            GRANT {{role}} TO CURRENT_USER;
            \endif
            SELECT format('CREATE DATABASE %I OWNER %I', {{nameLiteral}}, {{roleName}}) WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = {{nameLiteral}}) \gexec
            ALTER DATABASE {{name}} OWNER TO {{role}};
            REVOKE ALL ON DATABASE {{name}} FROM PUBLIC;
            \connect {{name}}
            DO $owners$
            DECLARE
                owner_name text := {{roleName}};
                administrator_id oid := (SELECT oid FROM pg_roles WHERE rolname = current_user);
                statement text;
            BEGIN
                FOR statement IN
                    SELECT format('ALTER SCHEMA %I OWNER TO %I', n.nspname, owner_name)
                    FROM pg_namespace n
                    WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
                      AND n.nspowner = administrator_id
                    UNION ALL
                    SELECT format('ALTER TABLE %s OWNER TO %I', c.oid::regclass, owner_name)
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND c.relowner = administrator_id
                      AND (c.relkind IN ('r', 'p', 'v', 'm', 'f')
                           OR (c.relkind = 'S' AND NOT EXISTS (SELECT FROM pg_depend d
                               WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))))
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
                    UNION ALL
                    SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, owner_name)
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND p.proowner = administrator_id
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
                    UNION ALL
                    SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, owner_name)
                    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                    WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema' AND t.typowner = administrator_id
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
