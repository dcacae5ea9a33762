-- ntrk update script 1.0 -> 1.1, built from the pieces in sql/update/1.0--1.1,
-- in name order.  Every change to the SQL surface made for 1.1 is written twice:
-- in sql/install (the full 1.1 script) and here.  Member functions may be
-- changed with CREATE OR REPLACE; test/t/080_upgrade_dump.pl checks that
-- 1.0 updated to 1.1 has the same catalog as a fresh 1.1.

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION ntrk UPDATE TO '1.1'" to load this file. \quit
