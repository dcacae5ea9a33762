--
-- Catalog checks over everything the extension installs: every object is
-- documented, every function's labels are deliberate, and the update paths
-- are complete.  Runs last (zz_) so it sees the whole extension.
--

-- Objects that belong to ntrk.
CREATE TEMP VIEW ntrk_objects AS
SELECT d.classid::regclass AS catalog, d.objid,
       pg_describe_object(d.classid, d.objid, 0) AS object
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid AND d.refclassid = 'pg_extension'::regclass
WHERE e.extname = 'ntrk' AND d.deptype = 'e';

-- Every function, type, operator, table and view has a COMMENT ON.
SELECT object AS undocumented
FROM ntrk_objects o
WHERE o.catalog IN ('pg_proc'::regclass, 'pg_type'::regclass, 'pg_operator'::regclass,
                    'pg_class'::regclass, 'pg_opclass'::regclass)
  AND obj_description(o.objid, o.catalog::text) IS NULL
  -- array types and composite row types of tables come with their owner
  AND NOT (o.catalog = 'pg_type'::regclass AND EXISTS (
        SELECT 1 FROM pg_type t WHERE t.oid = o.objid AND (t.typelem <> 0 AND t.typlen = -1 OR t.typrelid <> 0
              AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) <> 'c')))
  AND NOT (o.catalog = 'pg_class'::regclass AND EXISTS (
        SELECT 1 FROM pg_class c WHERE c.oid = o.objid AND c.relkind IN ('S', 'i')))
ORDER BY 1;

-- Functions that are not PARALLEL SAFE, with their volatility: each must
-- have a reason (writes a table, is a trigger, ...), reviewed in this file's
-- expected output.
SELECT p.oid::regprocedure AS function, p.provolatile AS volatility, p.proparallel AS parallel
FROM pg_proc p JOIN ntrk_objects o ON o.objid = p.oid AND o.catalog = 'pg_proc'::regclass
WHERE p.proparallel <> 's'
ORDER BY p.oid::regprocedure::text;

-- Volatility census (IMMUTABLE i, STABLE s, VOLATILE v) and strictness.
SELECT p.provolatile AS volatility, p.proisstrict AS strict, count(*)
FROM pg_proc p JOIN ntrk_objects o ON o.objid = p.oid AND o.catalog = 'pg_proc'::regclass
GROUP BY 1, 2 ORDER BY 1, 2;

-- Non-strict functions must handle NULLs on purpose: list them.
SELECT p.oid::regprocedure AS not_strict
FROM pg_proc p JOIN ntrk_objects o ON o.objid = p.oid AND o.catalog = 'pg_proc'::regclass
WHERE NOT p.proisstrict AND p.prokind = 'f'
ORDER BY p.oid::regprocedure::text;

-- Every installable version can be updated to the default version.
SELECT v.version, v.version = e.default_version
       OR EXISTS (SELECT 1 FROM pg_extension_update_paths('ntrk') p
                  WHERE p.source = v.version AND p.target = e.default_version
                    AND p.path IS NOT NULL) AS reaches_default
FROM pg_available_extension_versions v
JOIN pg_available_extensions e ON e.name = v.name
WHERE v.name = 'ntrk'
ORDER BY 1;

-- The extension is not trusted and not relocatable.
SELECT extrelocatable FROM pg_extension WHERE extname = 'ntrk';
SELECT trusted, relocatable FROM pg_available_extension_versions WHERE name = 'ntrk';
