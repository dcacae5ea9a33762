--
-- gene[] (the right operand of ?| and ?&) is a member of the extension on
-- every major: the install script adds it on PostgreSQL 15, PostgreSQL 16
-- and later record it themselves (and refuse to add it twice).  postgres_fdw
-- sends a gene[] constant to a remote server only when its type belongs to
-- an extension named in the server's 'extensions' option.
--
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS object,
       e.extname, d.deptype
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid
WHERE d.classid = 'pg_type'::regclass AND d.objid = 'gene[]'::regtype
  AND d.refclassid = 'pg_extension'::regclass;
