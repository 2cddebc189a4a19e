-- Generated from the AppHost by tools/Pms.Deploy: each service's database and its owner role. Safe to run again.

\set owner_password ''
\getenv owner_password AUDITDB_OWNER_PASSWORD
SELECT :'owner_password' <> '' AS has_owner_password \gset
\if :has_owner_password
\else
DO $$ BEGIN RAISE EXCEPTION 'AUDITDB_OWNER_PASSWORD is empty: set auditdb-password in secrets.env.'; END $$;
\endif
SELECT 'CREATE ROLE "auditdb" LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'auditdb') \gexec
ALTER ROLE "auditdb" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
SELECT 'CREATE DATABASE "auditdb" OWNER "auditdb"' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'auditdb') \gexec
ALTER DATABASE "auditdb" OWNER TO "auditdb";
REVOKE ALL ON DATABASE "auditdb" FROM PUBLIC;
\connect "auditdb"
DO $owners$
DECLARE
    owner_name text := 'auditdb';
    owner_id oid := 'auditdb'::regrole;
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

\set owner_password ''
\getenv owner_password AUTHDB_OWNER_PASSWORD
SELECT :'owner_password' <> '' AS has_owner_password \gset
\if :has_owner_password
\else
DO $$ BEGIN RAISE EXCEPTION 'AUTHDB_OWNER_PASSWORD is empty: set authdb-password in secrets.env.'; END $$;
\endif
SELECT 'CREATE ROLE "authdb" LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'authdb') \gexec
ALTER ROLE "authdb" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
SELECT 'CREATE DATABASE "authdb" OWNER "authdb"' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'authdb') \gexec
ALTER DATABASE "authdb" OWNER TO "authdb";
REVOKE ALL ON DATABASE "authdb" FROM PUBLIC;
\connect "authdb"
DO $owners$
DECLARE
    owner_name text := 'authdb';
    owner_id oid := 'authdb'::regrole;
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

\set owner_password ''
\getenv owner_password BILLINGDB_OWNER_PASSWORD
SELECT :'owner_password' <> '' AS has_owner_password \gset
\if :has_owner_password
\else
DO $$ BEGIN RAISE EXCEPTION 'BILLINGDB_OWNER_PASSWORD is empty: set billingdb-password in secrets.env.'; END $$;
\endif
SELECT 'CREATE ROLE "billingdb" LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'billingdb') \gexec
ALTER ROLE "billingdb" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
SELECT 'CREATE DATABASE "billingdb" OWNER "billingdb"' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'billingdb') \gexec
ALTER DATABASE "billingdb" OWNER TO "billingdb";
REVOKE ALL ON DATABASE "billingdb" FROM PUBLIC;
\connect "billingdb"
DO $owners$
DECLARE
    owner_name text := 'billingdb';
    owner_id oid := 'billingdb'::regrole;
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

\set owner_password ''
\getenv owner_password NOTIFICATIONDB_OWNER_PASSWORD
SELECT :'owner_password' <> '' AS has_owner_password \gset
\if :has_owner_password
\else
DO $$ BEGIN RAISE EXCEPTION 'NOTIFICATIONDB_OWNER_PASSWORD is empty: set notificationdb-password in secrets.env.'; END $$;
\endif
SELECT 'CREATE ROLE "notificationdb" LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'notificationdb') \gexec
ALTER ROLE "notificationdb" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
SELECT 'CREATE DATABASE "notificationdb" OWNER "notificationdb"' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'notificationdb') \gexec
ALTER DATABASE "notificationdb" OWNER TO "notificationdb";
REVOKE ALL ON DATABASE "notificationdb" FROM PUBLIC;
\connect "notificationdb"
DO $owners$
DECLARE
    owner_name text := 'notificationdb';
    owner_id oid := 'notificationdb'::regrole;
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

\set owner_password ''
\getenv owner_password PATIENTDB_OWNER_PASSWORD
SELECT :'owner_password' <> '' AS has_owner_password \gset
\if :has_owner_password
\else
DO $$ BEGIN RAISE EXCEPTION 'PATIENTDB_OWNER_PASSWORD is empty: set patientdb-password in secrets.env.'; END $$;
\endif
SELECT 'CREATE ROLE "patientdb" LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'patientdb') \gexec
ALTER ROLE "patientdb" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
SELECT 'CREATE DATABASE "patientdb" OWNER "patientdb"' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'patientdb') \gexec
ALTER DATABASE "patientdb" OWNER TO "patientdb";
REVOKE ALL ON DATABASE "patientdb" FROM PUBLIC;
\connect "patientdb"
DO $owners$
DECLARE
    owner_name text := 'patientdb';
    owner_id oid := 'patientdb'::regrole;
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
