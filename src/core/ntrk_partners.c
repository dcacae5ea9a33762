/*
 * ntrk_partners.c
 *		Known 5' partners of NTRK fusions and the other driver genes.
 *
 * The partners are rows of data/partners_5prime.tsv (one row per published
 * partner::NTRK pair, with its source) and are used for orientation repair
 * only: a pair written NTRK-partner in a notation that does not guarantee
 * order is read as partner::NTRK when the partner is listed.  Any in-frame
 * 5' partner with a retained NTRK kinase is presumptively actionable,
 * listed or not.  The other drivers (data/other_drivers.tsv) are genes whose
 * fusions are "not an NTRK event; say which gene".
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "ntrk_knowledge.h"

#include "knowledge_data.h"

/* Is symbol a known 5' partner of NTRK fusions (orientation repair)? */
bool
ntrk_is_known_5prime_partner(const char *symbol)
{
	return ntrk_word_listed(symbol, ntrk_known_partners, ntrk_n_known_partners);
}

/* Is symbol one of the other driver genes (class other_driver_fusion)? */
bool
ntrk_is_other_driver(const char *symbol)
{
	return ntrk_word_listed(symbol, ntrk_other_drivers, ntrk_n_other_drivers);
}
