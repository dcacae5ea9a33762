-- ntrk install script, built from the pieces in sql/install, in name order.

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION ntrk" to load this file. \quit
