/*
 * fuzz_protein_change.c
 *		libFuzzer harness for the NTRK knowledge core: the protein-change
 *		parser, variant classification, reading-frame words, transcript
 *		look-up and the patient-status state that travels as bytea.
 *
 * For every input:
 *	- ntrk_protein_change_parse on the whole input must accept it or fail
 *	  with a detail and a hint;
 *	- the input split at its first '|' is (gene, change) for
 *	  ntrk_classify_variant; an accepted change must print a normalised form
 *	  that classifies again to the same gene, position and class;
 *	- ntrk_frame_normalise, ntrk_variant_gene_known, ntrk_transcript_lookup
 *	  and ntrk_kinase_retained must answer without reading out of bounds;
 *	- the input read as a patient-status state (the aggregate's bytea, which
 *	  a user can hand to the combine and final functions) must be refused by
 *	  ntrk_patient_state_valid or be safe to merge and finish.
 * Every string the core writes must be NUL-terminated inside its array.
 *
 * fuzz-sources: ntrk_text.c knowledge_util.c knowledge_data.c ntrk_transcripts.c ntrk_frame.c ntrk_partners.c fusion_classify.c protein_change.c variant_classify.c patient_state.c fusion_parse.c gene_table.c
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ntrk_knowledge.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort unless buf holds a NUL within size bytes. */
static void
require_terminated(const char *buf, size_t size)
{
	if (memchr(buf, '\0', size) == NULL)
		abort();
}

/* A failed call must say why and how to fix it. */
static void
require_error(const NtrkKnowledgeError *err)
{
	require_terminated(err->detail, sizeof(err->detail));
	if (err->detail[0] == '\0' || err->hint == NULL || err->argument == NULL)
		abort();
	if (err->kind != NTRK_ERR_SYNTAX && err->kind != NTRK_ERR_VALUE)
		abort();
}

/* Exact-size heap copy, so that ASan sees any read past the end. */
static char *
exact_copy(const uint8_t *data, size_t size)
{
	char	   *copy = malloc(size ? size : 1);

	if (size)
		memcpy(copy, data, size);
	return copy;
}

/* Classify (gene, change); an accepted change must classify again. */
static void
check_variant(const uint8_t *data, size_t size)
{
	const uint8_t *bar = memchr(data, '|', size);
	size_t		glen = bar ? (size_t) (bar - data) : 0;
	char	   *gene = bar ? exact_copy(data, glen) : NULL;
	size_t		clen = bar ? size - glen - 1 : size;
	char	   *change = exact_copy(bar ? bar + 1 : data, clen);
	NtrkVariantVerdict v,
				again;
	NtrkKnowledgeError err;

	if (ntrk_classify_variant(gene, glen, change, clen, &v, &err))
	{
		require_terminated(v.gene, sizeof(v.gene));
		require_terminated(v.change, sizeof(v.change));
		require_terminated(v.reason, sizeof(v.reason));
		if (v.cls > NTRK_VAR_LAST || v.reason[0] == '\0' || v.ntrk < 0 || v.ntrk > 3)
			abort();
		if (!ntrk_classify_variant(v.gene, strlen(v.gene), v.change, strlen(v.change),
								   &again, &err))
			abort();
		if (again.cls != v.cls || again.position != v.position ||
			strcmp(again.gene, v.gene) != 0 || strcmp(again.change, v.change) != 0)
			abort();
	}
	else
		require_error(&err);
	free(gene);
	free(change);
}

/* Read the input as the aggregate's state and, if valid, use it. */
static void
check_patient_state(const uint8_t *data, size_t size)
{
	NtrkPatientState st,
				acc;
	NtrkPatientVerdict out;

	if (size < sizeof(st))
		return;
	memcpy(&st, data, sizeof(st));
	if (!ntrk_patient_state_valid(&st))
		return;
	ntrk_patient_finish(&st, &out);
	require_terminated(out.reason, sizeof(out.reason));
	require_terminated(out.fusion, sizeof(out.fusion));
	require_terminated(out.ntrk_gene, sizeof(out.ntrk_gene));
	if (out.status > NTRK_STATUS_LAST)
		abort();
	ntrk_patient_init(&acc);
	ntrk_patient_merge(&acc, &st);
	ntrk_patient_merge(&acc, &st);
	if (!ntrk_patient_state_valid(&acc))
		abort();
	ntrk_patient_finish(&acc, &out);
	require_terminated(out.reason, sizeof(out.reason));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *copy = exact_copy(data, size);
	char	   *cstr;
	NtrkProteinChange pc;
	NtrkKnowledgeError err;
	NtrkFrame	frame;
	char		note[160];
	int			ntrk;

	if (ntrk_protein_change_parse(copy, size, &pc, &err))
	{
		require_terminated(pc.gene, sizeof(pc.gene));
		require_terminated(pc.accession, sizeof(pc.accession));
	}
	else
		require_error(&err);

	check_variant(data, size);

	if (ntrk_frame_normalise(copy, size, &frame, &err))
	{
		if (frame > NTRK_FRAME_LAST)
			abort();
	}
	else
		require_error(&err);
	(void) ntrk_variant_gene_known(copy, size);

	/* NUL-terminated views for the functions that take C strings. */
	cstr = malloc(size + 1);
	memcpy(cstr, data, size);
	cstr[size] = '\0';
	(void) ntrk_transcript_lookup(cstr);
	(void) ntrk_ntrk_number(cstr);
	(void) ntrk_is_known_5prime_partner(cstr);
	(void) ntrk_is_other_driver(cstr);
	for (ntrk = 1; ntrk <= 3; ntrk++)
	{
		int			exon = size ? data[0] : 0;

		if (ntrk_kinase_retained(ntrk, cstr, exon, note, sizeof(note)) > NTRK_TRI_UNKNOWN)
			abort();
		require_terminated(note, sizeof(note));
	}
	free(cstr);

	check_patient_state(data, size);
	free(copy);
	return 0;
}
