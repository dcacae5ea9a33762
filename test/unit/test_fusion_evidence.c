/*
 * test_fusion_evidence.c
 *		The evidence vocabulary and how it refines a classification.
 */
#include <string.h>

#include "fusion_parse.h"
#include "ntrk_knowledge.h"
#include "unit.h"

/* Classify a fusion text with a frame and an evidence word. */
static NtrkFusionVerdict
classify(const char *text, NtrkFrame frame, NtrkEvidence ev)
{
	NtrkFusion	f;
	NtrkParseError perr;
	NtrkFusionVerdict v;

	memset(&v, 0, sizeof(v));
	if (!ntrk_fusion_parse(text, strlen(text), &f, &perr))
	{
		UNIT_OK(false, "parse %s", text);
		return v;
	}
	ntrk_classify_fusion(&f, frame, &v);
	ntrk_apply_evidence(ev, &v);
	return v;
}

int
main(void)
{
	NtrkEvidence ev;
	NtrkKnowledgeError err;
	NtrkFusionVerdict v;
	int			e;

	/* Every name reads back; spellings are forgiving; NULL is NONE. */
	for (e = 1; e <= NTRK_EV_LAST; e++)
	{
		const char *name = ntrk_evidence_name((NtrkEvidence) e);

		UNIT_OK(ntrk_evidence_parse(name, strlen(name), &ev, &err) && ev == (NtrkEvidence) e,
				"%s reads back", name);
	}
	UNIT_OK(ntrk_evidence_name(NTRK_EV_NONE) == NULL, "NONE has no name");
	UNIT_OK(ntrk_evidence_parse(" DNA-Rearrangement ", 19, &ev, &err) && ev == NTRK_EV_DNA_REARRANGEMENT,
			"case, hyphen and blanks");
	UNIT_OK(ntrk_evidence_parse("Protein fusion", 14, &ev, &err) && ev == NTRK_EV_PROTEIN_FUSION,
			"space as underscore");
	UNIT_OK(ntrk_evidence_parse(NULL, 0, &ev, &err) && ev == NTRK_EV_NONE, "NULL is not stated");
	UNIT_OK(!ntrk_evidence_parse("fusion", 6, &ev, &err) && err.kind == NTRK_ERR_SYNTAX &&
			strstr(err.detail, "dna_rearrangement") != NULL, "unknown word fails, listing the words");
	UNIT_OK(!ntrk_evidence_parse("protein_fusion_and_a_very_long_tail_that_does_not_fit", 53, &ev, &err),
			"overlong word fails");

	/* Protein and RNA evidence: as without evidence. */
	v = classify("ETV6::NTRK3", NTRK_FRAME_IN, NTRK_EV_PROTEIN_FUSION);
	UNIT_OK(v.cls == NTRK_CLASS_FUSION && v.actionable == NTRK_TRI_YES, "protein fusion: actionable");
	v = classify("RBPMS::NTRK3", NTRK_FRAME_UNKNOWN, NTRK_EV_RNA_FUSION);
	UNIT_OK(v.cls == NTRK_CLASS_FUSION && v.actionable == NTRK_TRI_YES, "RNA fusion: actionable");

	/* Antisense: not a fusion, never actionable. */
	v = classify("NTRK3::VPS39", NTRK_FRAME_UNKNOWN, NTRK_EV_ANTISENSE);
	UNIT_OK(v.cls == NTRK_CLASS_ANTISENSE && v.actionable == NTRK_TRI_NO &&
			strstr(v.reason, "antisense") != NULL, "antisense, NTRK 5'");
	v = classify("ETV6::NTRK3", NTRK_FRAME_IN, NTRK_EV_ANTISENSE);
	UNIT_OK(v.cls == NTRK_CLASS_ANTISENSE && v.actionable == NTRK_TRI_NO, "antisense, NTRK 3'");

	/* Transcript fusion: not actionable. */
	v = classify("VANGL2::NTRK1", NTRK_FRAME_UNKNOWN, NTRK_EV_TRANSCRIPT_FUSION);
	UNIT_OK(v.cls == NTRK_CLASS_TRANSCRIPT_ONLY && v.actionable == NTRK_TRI_NO &&
			strstr(v.reason, "transcript fusion") != NULL, "transcript fusion");

	/* DNA rearrangement with NTRK 3': actionable NULL, confirm by RNA. */
	v = classify("APOL3::NTRK2", NTRK_FRAME_UNKNOWN, NTRK_EV_DNA_REARRANGEMENT);
	UNIT_OK(v.cls == NTRK_CLASS_FUSION && v.actionable == NTRK_TRI_UNKNOWN &&
			strstr(v.reason, "confirm the fusion transcript by RNA") != NULL, "DNA rearrangement");
	v = classify("TPM3::NTRK1", NTRK_FRAME_OUT, NTRK_EV_DNA_REARRANGEMENT);
	UNIT_OK(v.cls == NTRK_CLASS_OUT_OF_FRAME && v.actionable == NTRK_TRI_NO,
			"DNA rearrangement out of frame stays out of frame");
	v = classify("NTRK3::ETV6", NTRK_FRAME_UNKNOWN, NTRK_EV_DNA_REARRANGEMENT);
	UNIT_OK(v.cls == NTRK_CLASS_RECIPROCAL, "DNA reciprocal stays reciprocal");

	/* Non-NTRK events are left alone. */
	v = classify("EML4::ALK", NTRK_FRAME_UNKNOWN, NTRK_EV_ANTISENSE);
	UNIT_OK(v.cls == NTRK_CLASS_OTHER_DRIVER, "other driver untouched");

	/* Class names cover the new classes. */
	UNIT_STREQ(ntrk_fusion_class_name(NTRK_CLASS_ANTISENSE), "ntrk_antisense", "name");
	UNIT_STREQ(ntrk_fusion_class_name(NTRK_CLASS_TRANSCRIPT_ONLY), "ntrk_transcript_only", "name");

	return unit_done();
}
