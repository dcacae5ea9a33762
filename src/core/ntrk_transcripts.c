/*
 * ntrk_transcripts.c
 *		The NTRK genes and their transcripts: gene names, reference
 *		transcripts, and whether a 3' NTRK segment starting at a given exon
 *		keeps the kinase domain.
 *
 * The facts are rows of data/genes.tsv and data/ntrk_transcripts.tsv (with
 * their sources), generated into knowledge_data.c.  In all three genes the
 * exon holding the kinase-domain start begins 9 codons before it and ends
 * just after the ATP-binding lysine, so a 3' segment starting one exon later
 * loses the glycine-rich loop and that lysine: kinase_limit is that exon.
 * Transcripts whose exon numbering is not verified are listed with limit 0:
 * they are recognised (and named in the reason), but an exon on them is not
 * judged.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "ntrk_knowledge.h"

#include <stdio.h>
#include <string.h>

#include "knowledge_data.h"

/* 1, 2 or 3 for an NTRK gene name (data/genes.tsv, any case); 0 otherwise. */
int
ntrk_ntrk_number(const char *symbol)
{
	size_t		i;

	if (symbol == NULL)
		return 0;
	for (i = 0; i < ntrk_n_gene_names; i++)
		if (ntrk_gene_names[i].ntrk != 0 && ntrk_str_eq_nocase(symbol, ntrk_gene_names[i].name))
			return ntrk_gene_names[i].ntrk;
	return 0;
}

/* Symbol of NTRK gene 1..3, for messages and results. */
const char *
ntrk_ntrk_symbol(int ntrk)
{
	static const char *const sym[] = {"", "NTRK1", "NTRK2", "NTRK3"};

	return (ntrk >= 1 && ntrk <= 3) ? sym[ntrk] : "";
}

/* The exon table itself, so tests can check its invariants. */
const NtrkTranscriptInfo *
ntrk_transcript_table(int *n)
{
	*n = (int) ntrk_n_transcripts;
	return ntrk_transcripts;
}

/* The transcript assumed when a fusion names none (reference = true). */
const char *
ntrk_reference_transcript(int ntrk)
{
	size_t		i;

	for (i = 0; i < ntrk_n_transcripts; i++)
		if (ntrk_transcripts[i].ntrk == ntrk && ntrk_transcripts[i].reference)
			return ntrk_transcripts[i].accession;
	return "";
}

/*
 * Split "NM_002529.3" into the table row for "NM_002529" and the version
 * text "3" (empty when none).  Returns NULL when the accession is not listed.
 */
static const NtrkTranscriptInfo *
lookup_versioned(const char *accession, const char **version)
{
	const char *dot = strchr(accession, '.');
	size_t		base_len = dot ? (size_t) (dot - accession) : strlen(accession);
	size_t		i;

	*version = dot ? dot + 1 : "";
	for (i = 0; i < ntrk_n_transcripts; i++)
		if (ntrk_range_eq_nocase(accession, base_len, ntrk_transcripts[i].accession))
			return &ntrk_transcripts[i];
	return NULL;
}

/* Table row of an accession, version ignored; NULL when not listed. */
const NtrkTranscriptInfo *
ntrk_transcript_lookup(const char *accession)
{
	const char *version;

	return lookup_versioned(accession, &version);
}

/* Is version (e.g. "3") in a comma-separated list such as "3,4"? */
static bool
version_listed(const char *list, const char *version)
{
	size_t		vl = strlen(version);
	const char *p = list;

	while (*p)
	{
		const char *comma = strchr(p, ',');
		size_t		l = comma ? (size_t) (comma - p) : strlen(p);

		if (l == vl && memcmp(p, version, l) == 0)
			return true;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
	return false;
}

/*
 * Judge a 3' NTRK start exon against the kinase limit of its transcript (the
 * reference one when none is given) and describe the reading in note, so the
 * reason can say which numbering was used and why a case was not judged.
 */
NtrkTri
ntrk_kinase_retained(int ntrk, const char *transcript, int exon,
					 char *note, size_t note_size)
{
	NtrkSbuf		sb;
	const NtrkTranscriptInfo *info;
	const char *version = "";
	bool		assumed = false;
	char		vnote[96];

	ntrk_sb_init(&sb, note, note_size);
	vnote[0] = '\0';
	if (exon <= 0)
	{
		ntrk_sb_printf(&sb, "no %s exon given, so kinase retention was not checked",
				  ntrk_ntrk_symbol(ntrk));
		return NTRK_TRI_UNKNOWN;
	}
	if (transcript == NULL || transcript[0] == '\0')
	{
		info = lookup_versioned(ntrk_reference_transcript(ntrk), &version);
		assumed = true;
	}
	else
	{
		info = lookup_versioned(transcript, &version);
		if (info == NULL)
		{
			ntrk_sb_printf(&sb, "transcript %s is not in ntrk's %s exon table, so exon %d was not checked",
					  transcript, ntrk_ntrk_symbol(ntrk), exon);
			return NTRK_TRI_UNKNOWN;
		}
		if (info->ntrk != ntrk)
		{
			ntrk_sb_printf(&sb, "transcript %s is an %s transcript, not %s, so exon %d was not checked",
					  transcript, ntrk_ntrk_symbol(info->ntrk),
					  ntrk_ntrk_symbol(ntrk), exon);
			return NTRK_TRI_UNKNOWN;
		}
		if (info->kinase_limit == 0)
		{
			ntrk_sb_printf(&sb, "the exon numbering of %s is not verified, so exon %d was not checked",
					  info->numbering, exon);
			return NTRK_TRI_UNKNOWN;
		}
		if (version[0] != '\0' && info->versions != NULL &&
			!version_listed(info->versions, version))
			snprintf(vnote, sizeof(vnote), ", version .%s read with the numbering of %s",
					 version, info->numbering);
	}
	if (info->n_exons > 0 && exon > info->n_exons)
	{
		ntrk_sb_printf(&sb, "%s has %d exons, so exon %d cannot be read on it and was not checked",
				  info->numbering, info->n_exons, exon);
		return NTRK_TRI_UNKNOWN;
	}
	ntrk_sb_printf(&sb, "exon %d of %s%s%s", exon,
			  assumed ? info->accession : transcript,
			  assumed ? " (no transcript given: reference transcript assumed; exon numbers differ between transcripts)" : "",
			  vnote);
	if (exon <= info->kinase_limit)
	{
		ntrk_sb_printf(&sb, " keeps the kinase domain (3' start exons up to %d do", info->kinase_limit);
		if (info->tm_limit > 0)
			ntrk_sb_printf(&sb, exon <= info->tm_limit ? "; transmembrane exon kept" :
					  "; transmembrane exon not included");
		ntrk_sb_printf(&sb, ")");
		return NTRK_TRI_YES;
	}
	ntrk_sb_printf(&sb, " starts after the kinase-domain start (exon %d), so the TRK kinase is lost",
			  info->kinase_limit);
	return NTRK_TRI_NO;
}

