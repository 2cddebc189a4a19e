-- Generated from the AppHost by tools/Pms.Deploy: each service's database and its owner role. Safe to run again.
SELECT rolsuper AS administrator_is_superuser FROM pg_roles WHERE rolname = current_user \gset

\set owner_password ''
\getenv owner_password AUDITDB_OWNER_PASSWORD
SELECT :'owner_password' <> '' AS has_owner_password \gset
\if :has_owner_password
\else
DO $$ BEGIN RAISE EXCEPTION 'AUDITDB_OWNER_PASSWORD is empty: set auditdb-password in secrets.env.'; END $$;
\endif
SELECT format('CREATE ROLE %I LOGIN', 'auditdb') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'auditdb') \gexec
ALTER ROLE "auditdb" WITH LOGIN NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
\if :administrator_is_superuser
ALTER ROLE "auditdb" WITH NOSUPERUSER NOREPLICATION NOBYPASSRLS;
\else
GRANT "auditdb" TO CURRENT_USER;
\endif
SELECT format('CREATE DATABASE %I OWNER %I', 'auditdb', 'auditdb') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'auditdb') \gexec
ALTER DATABASE "auditdb" OWNER TO "auditdb";
REVOKE ALL ON DATABASE "auditdb" FROM PUBLIC;
\connect "auditdb"
DO $owners$
DECLARE
    owner_name text := 'auditdb';
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

\set owner_password ''
\getenv owner_password AUTHDB_OWNER_PASSWORD
SELECT :'owner_password' <> '' AS has_owner_password \gset
\if :has_owner_password
\else
DO $$ BEGIN RAISE EXCEPTION 'AUTHDB_OWNER_PASSWORD is empty: set authdb-password in secrets.env.'; END $$;
\endif
SELECT format('CREATE ROLE %I LOGIN', 'authdb') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'authdb') \gexec
ALTER ROLE "authdb" WITH LOGIN NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
\if :administrator_is_superuser
ALTER ROLE "authdb" WITH NOSUPERUSER NOREPLICATION NOBYPASSRLS;
\else
GRANT "authdb" TO CURRENT_USER;
\endif
SELECT format('CREATE DATABASE %I OWNER %I', 'authdb', 'authdb') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'authdb') \gexec
ALTER DATABASE "authdb" OWNER TO "authdb";
REVOKE ALL ON DATABASE "authdb" FROM PUBLIC;
\connect "authdb"
DO $owners$
DECLARE
    owner_name text := 'authdb';
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

\set owner_password ''
\getenv owner_password BILLINGDB_OWNER_PASSWORD
SELECT :'owner_password' <> '' AS has_owner_password \gset
\if :has_owner_password
\else
DO $$ BEGIN RAISE EXCEPTION 'BILLINGDB_OWNER_PASSWORD is empty: set billingdb-password in secrets.env.'; END $$;
\endif
SELECT format('CREATE ROLE %I LOGIN', 'billingdb') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'billingdb') \gexec
ALTER ROLE "billingdb" WITH LOGIN NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
\if :administrator_is_superuser
ALTER ROLE "billingdb" WITH NOSUPERUSER NOREPLICATION NOBYPASSRLS;
\else
GRANT "billingdb" TO CURRENT_USER;
\endif
SELECT format('CREATE DATABASE %I OWNER %I', 'billingdb', 'billingdb') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'billingdb') \gexec
ALTER DATABASE "billingdb" OWNER TO "billingdb";
REVOKE ALL ON DATABASE "billingdb" FROM PUBLIC;
\connect "billingdb"
DO $owners$
DECLARE
    owner_name text := 'billingdb';
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

\set owner_password ''
\getenv owner_password NOTIFICATIONDB_OWNER_PASSWORD
SELECT :'owner_password' <> '' AS has_owner_password \gset
\if :has_owner_password
\else
DO $$ BEGIN RAISE EXCEPTION 'NOTIFICATIONDB_OWNER_PASSWORD is empty: set notificationdb-password in secrets.env.'; END $$;
\endif
SELECT format('CREATE ROLE %I LOGIN', 'notificationdb') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'notificationdb') \gexec
ALTER ROLE "notificationdb" WITH LOGIN NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
\if :administrator_is_superuser
ALTER ROLE "notificationdb" WITH NOSUPERUSER NOREPLICATION NOBYPASSRLS;
\else
GRANT "notificationdb" TO CURRENT_USER;
\endif
SELECT format('CREATE DATABASE %I OWNER %I', 'notificationdb', 'notificationdb') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'notificationdb') \gexec
ALTER DATABASE "notificationdb" OWNER TO "notificationdb";
REVOKE ALL ON DATABASE "notificationdb" FROM PUBLIC;
\connect "notificationdb"
DO $owners$
DECLARE
    owner_name text := 'notificationdb';
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

\set owner_password ''
\getenv owner_password PATIENTDB_OWNER_PASSWORD
SELECT :'owner_password' <> '' AS has_owner_password \gset
\if :has_owner_password
\else
DO $$ BEGIN RAISE EXCEPTION 'PATIENTDB_OWNER_PASSWORD is empty: set patientdb-password in secrets.env.'; END $$;
\endif
SELECT format('CREATE ROLE %I LOGIN', 'patientdb') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'patientdb') \gexec
ALTER ROLE "patientdb" WITH LOGIN NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
\if :administrator_is_superuser
ALTER ROLE "patientdb" WITH NOSUPERUSER NOREPLICATION NOBYPASSRLS;
\else
GRANT "patientdb" TO CURRENT_USER;
\endif
SELECT format('CREATE DATABASE %I OWNER %I', 'patientdb', 'patientdb') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'patientdb') \gexec
ALTER DATABASE "patientdb" OWNER TO "patientdb";
REVOKE ALL ON DATABASE "patientdb" FROM PUBLIC;
\connect "patientdb"
DO $owners$
DECLARE
    owner_name text := 'patientdb';
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
