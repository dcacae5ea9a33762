/*
 * fusion_evidence.c
 *		What a source file says an event is (protein fusion, RNA fusion, DNA
 *		rearrangement, transcript-only fusion, antisense, intragenic), and
 *		how that refines a fusion's classification.
 *
 * The vocabulary is ntrk's own (docs/portal-files.md); the cBioPortal
 * reader maps Event_Info, Comments and Annotation onto it.  Why each rule:
 *	- antisense: the two genes lie on opposite strands, so the junction
 *	  cannot make a chimeric sense transcript (MSK's SV annotation writes
 *	  "Antisense Fusion" when both transcripts are active on opposite
 *	  strands, mskcc/iCallSV PredictFunctionForSV);
 *	- transcript fusion: the junction joins transcripts but the annotation
 *	  predicts no fusion protein (a UTR or non-coding breakpoint);
 *	- DNA rearrangement: a DNA breakpoint pair does not show that the
 *	  fusion is transcribed and spliced in frame; DNA NGS misses or
 *	  over-calls fusions that RNA settles (Solomon et al., Mod Pathol
 *	  2020;33:38, PMC7437403), so the call is actionable only after RNA
 *	  confirms the transcript, as for a break-apart FISH result.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "ntrk_knowledge.h"

#include <stdio.h>
#include <string.h>

#include "ntrk_text.h"

static const char *const evidence_names[] = {
	NULL, "protein_fusion", "rna_fusion", "dna_rearrangement",
	"transcript_fusion", "antisense", "intragenic"
};

#define EVIDENCE_ACCEPTED "protein_fusion, rna_fusion, dna_rearrangement, transcript_fusion, antisense, intragenic, or NULL (not stated)"

const char *
ntrk_evidence_name(NtrkEvidence ev)
{
	return (ev <= NTRK_EV_LAST) ? evidence_names[ev] : NULL;
}

bool
ntrk_evidence_parse(const char *s, size_t len, NtrkEvidence *out,
					NtrkKnowledgeError *err)
{
	char		word[32];
	size_t		n = 0;
	size_t		i;
	int			e;

	*out = NTRK_EV_NONE;
	if (s == NULL)
		return true;
	while (len > 0 && (unsigned char) *s <= ' ')
		s++, len--;
	while (len > 0 && (unsigned char) s[len - 1] <= ' ')
		len--;
	for (i = 0; i < len && n < sizeof(word) - 1; i++)
	{
		char		c = s[i];

		if (c == '-' || c == ' ')
			c = '_';
		word[n++] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
	}
	word[n] = '\0';
	if (i == len)
		for (e = 1; e <= NTRK_EV_LAST; e++)
			if (strcmp(word, evidence_names[e]) == 0)
			{
				*out = (NtrkEvidence) e;
				return true;
			}
	err->kind = NTRK_ERR_SYNTAX;
	err->argument = "evidence";
	snprintf(err->detail, sizeof(err->detail), "Accepted evidence words: %s.",
			 EVIDENCE_ACCEPTED);
	err->hint = "Pass the evidence column of ntrk_load_calls, or NULL when the source does not say what the event is.";
	return false;
}

/* Append a sentence to the verdict's reason, cut to its buffer. */
static void
reason_append(NtrkFusionVerdict *v, const char *text)
{
	size_t		used = strlen(v->reason);

	snprintf(v->reason + used, sizeof(v->reason) - used, "%s%s",
			 used > 0 ? " " : "", text);
}

void
ntrk_apply_evidence(NtrkEvidence ev, NtrkFusionVerdict *v)
{
	bool		ntrk_event = v->ntrk != 0 && v->cls != NTRK_CLASS_OTHER_DRIVER &&
		v->cls != NTRK_CLASS_NOT_NTRK;

	if (!ntrk_event)
		return;
	switch (ev)
	{
		case NTRK_EV_NONE:
		case NTRK_EV_PROTEIN_FUSION:
		case NTRK_EV_RNA_FUSION:
		case NTRK_EV_INTRAGENIC:
			return;
		case NTRK_EV_ANTISENSE:
			v->cls = NTRK_CLASS_ANTISENSE;
			v->actionable = NTRK_TRI_NO;
			reason_append(v, "The source calls it an antisense fusion: the genes lie on opposite strands, so no chimeric transcript is made; not a fusion, not actionable.");
			return;
		case NTRK_EV_TRANSCRIPT_FUSION:
			if (v->cls == NTRK_CLASS_INTRAGENIC)
				return;
			v->cls = NTRK_CLASS_TRANSCRIPT_ONLY;
			v->actionable = NTRK_TRI_NO;
			reason_append(v, "The source calls it a transcript fusion (a UTR or non-coding junction): no fusion protein is predicted, not actionable.");
			return;
		case NTRK_EV_DNA_REARRANGEMENT:
			if ((v->cls == NTRK_CLASS_FUSION || v->cls == NTRK_CLASS_CATEGORICAL) &&
				v->actionable == NTRK_TRI_YES)
			{
				v->actionable = NTRK_TRI_UNKNOWN;
				reason_append(v, "The source describes a DNA rearrangement without protein-fusion evidence: confirm the fusion transcript by RNA before treating it as actionable.");
			}
			return;
	}
}
