/*
 * test_knowledge.c
 *		Unit tests of the NTRK knowledge core (ntrk_knowledge.h): exon table,
 *		reading-frame words, protein changes, variant classes, fusion
 *		classes and patient status.  Fusion values are built by filling
 *		NtrkFusion directly, so these tests do not depend on the parser.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "ntrk_knowledge.h"
#include "unit.h"

/* Build a fusion value field by field. */
static NtrkFusion
mk(NtrkFusionKind kind, bool unguaranteed,
   const char *tx5, const char *g5, int e5,
   const char *tx3, const char *g3, int e3)
{
	NtrkFusion	f;

	memset(&f, 0, sizeof(f));
	f.kind = (uint8_t) kind;
	f.flags = unguaranteed ? NTRK_FLAG_ORDER_UNGUARANTEED : 0;
	snprintf(f.p5.symbol, sizeof(f.p5.symbol), "%s", g5);
	snprintf(f.p5.transcript, sizeof(f.p5.transcript), "%s", tx5);
	f.p5.exon = (uint16_t) e5;
	snprintf(f.p3.symbol, sizeof(f.p3.symbol), "%s", g3);
	snprintf(f.p3.transcript, sizeof(f.p3.transcript), "%s", tx3);
	f.p3.exon = (uint16_t) e3;
	return f;
}

/* Shorthand for a chimeric fusion without transcripts. */
static NtrkFusion
chim(bool unguaranteed, const char *g5, int e5, const char *g3, int e3)
{
	return mk(NTRK_KIND_CHIMERIC, unguaranteed, "", g5, e5, "", g3, e3);
}

/* Does haystack contain needle? */
static bool
has(const char *haystack, const char *needle)
{
	return strstr(haystack, needle) != NULL;
}

/* Classify and check class, actionable and orientation in one line. */
static void
expect_class(const char *what, NtrkFusion f, NtrkFrame frame,
			 NtrkFusionClass cls, NtrkTri actionable, bool inferred,
			 const char *reason_part)
{
	NtrkFusionVerdict v;

	ntrk_classify_fusion(&f, frame, &v);
	UNIT_STREQ(ntrk_fusion_class_name(v.cls), ntrk_fusion_class_name(cls),
			   "%s: class", what);
	UNIT_OK(v.actionable == actionable, "%s: actionable %d (got %d)", what,
			(int) actionable, (int) v.actionable);
	UNIT_OK(v.orientation_inferred == inferred, "%s: orientation_inferred %d",
			what, (int) inferred);
	if (reason_part != NULL)
	{
		UNIT_OK(has(v.reason, reason_part), "%s: reason mentions \"%s\"", what,
				reason_part);
		if (!has(v.reason, reason_part))
			printf("#   reason: %s\n", v.reason);
	}
	UNIT_OK(strlen(v.reason) > 0 && v.reason[strlen(v.reason) - 1] == '.',
			"%s: reason is a sentence", what);
}

static void
test_genes_and_table(void)
{
	int			n,
				i;
	const NtrkTranscriptInfo *t = ntrk_transcript_table(&n);
	char		note[400];

	UNIT_OK(ntrk_ntrk_number("NTRK1") == 1, "NTRK1 is 1");
	UNIT_OK(ntrk_ntrk_number("trkb") == 2, "trkb alias is 2");
	UNIT_OK(ntrk_ntrk_number("TRKC") == 3, "TRKC alias is 3");
	UNIT_OK(ntrk_ntrk_number("TRK") == 0, "bare TRK is not mapped (family word)");
	UNIT_OK(ntrk_ntrk_number("TFG") == 0, "TFG is a partner, not NTRK");
	UNIT_OK(ntrk_ntrk_number(NULL) == 0, "NULL symbol");
	UNIT_STREQ(ntrk_reference_transcript(1), "NM_002529", "NTRK1 reference");
	UNIT_STREQ(ntrk_reference_transcript(2), "NM_006180", "NTRK2 reference");
	UNIT_STREQ(ntrk_reference_transcript(3), "NM_001012338", "NTRK3 reference");

	for (i = 0; i < n; i++)
	{
		UNIT_OK(t[i].ntrk >= 1 && t[i].ntrk <= 3, "%s: gene in range", t[i].accession);
		UNIT_OK(t[i].kinase_limit == 0 ||
				(t[i].n_exons > 0 && t[i].kinase_limit < t[i].n_exons &&
				 t[i].tm_limit < t[i].kinase_limit),
				"%s: TM < kinase < exon count", t[i].accession);
		UNIT_OK(ntrk_transcript_lookup(t[i].accession) == &t[i],
				"%s: looks itself up", t[i].accession);
	}
	UNIT_OK(ntrk_transcript_lookup("nm_002529.3") != NULL, "lookup ignores case and version");
	UNIT_OK(ntrk_transcript_lookup("NM_152263.3") == NULL, "TPM3 transcript not listed");

	/* Limits from data/ntrk_transcripts.tsv (kinase_limit). */
	UNIT_OK(ntrk_kinase_retained(1, "", 13, note, sizeof(note)) == NTRK_TRI_YES, "NTRK1 e13 keeps kinase");
	UNIT_OK(has(note, "reference transcript assumed"), "no transcript: reference assumed (%s)", note);
	UNIT_OK(ntrk_kinase_retained(1, "", 14, note, sizeof(note)) == NTRK_TRI_NO, "NTRK1 e14 loses kinase");
	UNIT_OK(ntrk_kinase_retained(1, "NM_002529.4", 10, note, sizeof(note)) == NTRK_TRI_YES, "NM_002529.4 e10");
	UNIT_OK(has(note, "transmembrane exon kept"), "e10 keeps the TM exon");
	UNIT_OK(ntrk_kinase_retained(1, "NM_002529.3", 12, note, sizeof(note)) == NTRK_TRI_YES &&
			has(note, "transmembrane exon not included"), "e12 keeps kinase, not TM");
	UNIT_OK(ntrk_kinase_retained(1, "NM_001012331", 12, note, sizeof(note)) == NTRK_TRI_YES, "TrkA-I e12 keeps");
	UNIT_OK(ntrk_kinase_retained(1, "NM_001012331.1", 13, note, sizeof(note)) == NTRK_TRI_NO, "TrkA-I e13 loses");
	UNIT_OK(ntrk_kinase_retained(1, "ENST00000524377.1", 13, note, sizeof(note)) == NTRK_TRI_YES, "MANE ENST e13");
	UNIT_OK(ntrk_kinase_retained(2, "", 17, note, sizeof(note)) == NTRK_TRI_YES, "NTRK2 e17 keeps");
	UNIT_OK(ntrk_kinase_retained(2, "NM_006180.6", 18, note, sizeof(note)) == NTRK_TRI_NO, "NTRK2 e18 loses");
	UNIT_OK(ntrk_kinase_retained(2, "ENST00000277120", 15, note, sizeof(note)) == NTRK_TRI_YES, "NTRK2 MANE ENST e15");
	UNIT_OK(ntrk_kinase_retained(3, "", 15, note, sizeof(note)) == NTRK_TRI_YES, "NTRK3 e15 keeps");
	UNIT_OK(ntrk_kinase_retained(3, "NM_001012338.3", 14, note, sizeof(note)) == NTRK_TRI_YES, "NTRK3 .3 e14");
	UNIT_OK(ntrk_kinase_retained(3, "NM_001012338.2", 16, note, sizeof(note)) == NTRK_TRI_NO, "NTRK3 e16 loses");
	UNIT_OK(ntrk_kinase_retained(3, "ENST00000360948", 16, note, sizeof(note)) == NTRK_TRI_NO, "NTRK3 MANE ENST e16 loses");

	/* Undecidable cases. */
	UNIT_OK(ntrk_kinase_retained(1, "", 0, note, sizeof(note)) == NTRK_TRI_UNKNOWN &&
			has(note, "no NTRK1 exon"), "no exon: not checked");
	UNIT_OK(ntrk_kinase_retained(2, "NM_001018064.2", 16, note, sizeof(note)) == NTRK_TRI_UNKNOWN &&
			has(note, "not verified"), "NM_001018064: numbering not verified");
	UNIT_OK(ntrk_kinase_retained(3, "NM_002530", 15, note, sizeof(note)) == NTRK_TRI_UNKNOWN, "NM_002530 not judged");
	UNIT_OK(ntrk_kinase_retained(2, "ENST00000376214", 15, note, sizeof(note)) == NTRK_TRI_UNKNOWN, "MSK NTRK2 ENST not judged");
	UNIT_OK(ntrk_kinase_retained(1, "NM_999999.1", 10, note, sizeof(note)) == NTRK_TRI_UNKNOWN &&
			has(note, "not in ntrk's NTRK1 exon table"), "unknown transcript");
	UNIT_OK(ntrk_kinase_retained(1, "NM_006180.4", 10, note, sizeof(note)) == NTRK_TRI_UNKNOWN &&
			has(note, "NTRK2 transcript, not NTRK1"), "transcript of another NTRK gene");
	UNIT_OK(ntrk_kinase_retained(1, "NM_002529.3", 22, note, sizeof(note)) == NTRK_TRI_UNKNOWN &&
			has(note, "17 exons"), "exon beyond the transcript");
	UNIT_OK(ntrk_kinase_retained(1, "NM_002529.9", 10, note, sizeof(note)) == NTRK_TRI_YES &&
			has(note, "version .9 read with the numbering"), "undocumented version noted");
}

static void
test_frames(void)
{
	static const struct
	{
		const char *word;
		NtrkFrame	frame;
	}			ok[] = {
		{"in-frame", NTRK_FRAME_IN}, {"inframe", NTRK_FRAME_IN},
		{"INFRAME", NTRK_FRAME_IN}, {"In_frame", NTRK_FRAME_IN},
		{"in frame", NTRK_FRAME_IN}, {"IN_FRAME", NTRK_FRAME_IN},
		{"TRUE", NTRK_FRAME_IN}, {"in-frame (with mutation)", NTRK_FRAME_IN},
		{"  in-frame\t", NTRK_FRAME_IN},
		{"out-of-frame", NTRK_FRAME_OUT}, {"Out-of-frame", NTRK_FRAME_OUT},
		{"out of frame", NTRK_FRAME_OUT}, {"FRAMESHIFT", NTRK_FRAME_OUT},
		{"Frameshift", NTRK_FRAME_OUT}, {"frame-shift", NTRK_FRAME_OUT},
		{"FALSE", NTRK_FRAME_OUT}, {"OUT_OF_FRAME", NTRK_FRAME_OUT},
		{"stop-codon", NTRK_FRAME_STOP}, {"STOP_CODON", NTRK_FRAME_STOP},
		{".", NTRK_FRAME_UNKNOWN}, {"-", NTRK_FRAME_UNKNOWN},
		{"unknown", NTRK_FRAME_UNKNOWN}, {"", NTRK_FRAME_UNKNOWN},
		{"  ", NTRK_FRAME_UNKNOWN}, {"NA", NTRK_FRAME_UNKNOWN},
		{"n/a", NTRK_FRAME_UNKNOWN},
	};
	static const char *const bad[] = {
		"yes", "in", "frame", "inframe?", "maybe", "t", "1",
		"this is a very long text that no reading-frame word would ever be",
		("in-fr\x01" "ame"), "in\xc3\xa9", "out-of-frame; stop",
	};
	size_t		i;
	NtrkFrame	fr;
	NtrkKnowledgeError err;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
	{
		bool		r = ntrk_frame_normalise(ok[i].word, strlen(ok[i].word), &fr, &err);

		UNIT_OK(r && fr == ok[i].frame, "frame \"%s\" -> %s", ok[i].word,
				ntrk_frame_name(ok[i].frame));
	}
	UNIT_OK(ntrk_frame_normalise(NULL, 0, &fr, &err) && fr == NTRK_FRAME_UNKNOWN,
			"NULL frame is unknown");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		memset(&err, 0, sizeof(err));
		UNIT_OK(!ntrk_frame_normalise(bad[i], strlen(bad[i]), &fr, &err) &&
				err.kind == NTRK_ERR_SYNTAX && strcmp(err.argument, "reading_frame") == 0 &&
				err.hint != NULL && err.detail[0] != '\0',
				"bad frame word #%zu rejected naming reading_frame", i);
	}
	UNIT_STREQ(ntrk_frame_name(NTRK_FRAME_IN), "in_frame", "frame names");
	UNIT_STREQ(ntrk_frame_name(NTRK_FRAME_OUT), "out_of_frame", "frame names");
	UNIT_STREQ(ntrk_frame_name(NTRK_FRAME_STOP), "stop_codon", "frame names");
	UNIT_STREQ(ntrk_frame_name(NTRK_FRAME_UNKNOWN), "unknown", "frame names");
}

static void
test_protein_parse(void)
{
	static const char *const forms[] = {
		"G595R", "p.G595R", "p.Gly595Arg", "NTRK1 G595R", "p.(Gly595Arg)",
		"g595r", "p.gly595arg", "P.GLY595ARG", "p.(G595R)", "NTRK1:p.G595R",
		"NP_002520.2:p.Gly595Arg", "NM_002529.3(NTRK1):p.G595R",
		"  NTRK1   p.G595R  ", "TRKA G595R",
	};
	static const struct
	{
		const char *text;
		NtrkErrorKind kind;
	}			bad[] = {
		{"", NTRK_ERR_SYNTAX}, {"   ", NTRK_ERR_SYNTAX},
		{"G595", NTRK_ERR_SYNTAX}, {"595R", NTRK_ERR_SYNTAX},
		{"GR", NTRK_ERR_SYNTAX}, {"p.", NTRK_ERR_SYNTAX},
		{"Gla595Arg", NTRK_ERR_SYNTAX}, {"G595Xyz", NTRK_ERR_SYNTAX},
		{"G595X", NTRK_ERR_SYNTAX}, {"G0R", NTRK_ERR_SYNTAX},
		{"G1234567R", NTRK_ERR_SYNTAX}, {"G595R AND G667C", NTRK_ERR_SYNTAX},
		{"G595R,G667C", NTRK_ERR_SYNTAX}, {"G595R/G667C", NTRK_ERR_SYNTAX},
		{"NTRK1 G595R extra", NTRK_ERR_SYNTAX}, {":G595R", NTRK_ERR_SYNTAX},
		{"G595R\x01", NTRK_ERR_SYNTAX}, {"G595\xc3\xa9", NTRK_ERR_SYNTAX},
		{"G595=", NTRK_ERR_VALUE}, {"G595G", NTRK_ERR_VALUE},
		{"p.Gly595fs", NTRK_ERR_VALUE}, {"p.G595del", NTRK_ERR_VALUE},
		{"p.G595_L596insA", NTRK_ERR_VALUE}, {"p.*797Wext*2", NTRK_ERR_VALUE},
		{"p.Ter797Trp", NTRK_ERR_VALUE}, {"NP_1(X):amplification", NTRK_ERR_VALUE},
	};
	size_t		i;
	NtrkProteinChange pc;
	NtrkKnowledgeError err;
	char		longbuf[260];

	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
	{
		bool		r = ntrk_protein_change_parse(forms[i], strlen(forms[i]), &pc, &err);

		UNIT_OK(r && pc.ref == 'G' && pc.position == 595 && pc.alt == 'R',
				"protein form \"%s\" -> G 595 R", forms[i]);
		if (!r)
			printf("#   %s\n", err.detail);
	}
	UNIT_OK(ntrk_protein_change_parse("NTRK1 G595R", 11, &pc, &err) &&
			strcmp(pc.gene, "NTRK1") == 0, "gene written in the change is kept");
	UNIT_OK(ntrk_protein_change_parse("NP_006171.2:p.G639R", 19, &pc, &err) &&
			strcmp(pc.accession, "NP_006171.2") == 0, "accession prefix is kept");
	UNIT_OK(ntrk_protein_change_parse("NM_002529.3(NTRK1):p.G595R", 26, &pc, &err) &&
			strcmp(pc.accession, "NM_002529.3") == 0 && strcmp(pc.gene, "NTRK1") == 0,
			"ACC(GENE): both kept");
	UNIT_OK(ntrk_protein_change_parse("p.Gly595Ter", 11, &pc, &err) && pc.alt == '*',
			"Ter is a stop");
	UNIT_OK(ntrk_protein_change_parse("G595*", 5, &pc, &err) && pc.alt == '*', "* is a stop");
	UNIT_OK(ntrk_protein_change_parse("amplification", 13, &pc, &err) && pc.amplification,
			"amplification");
	UNIT_OK(ntrk_protein_change_parse("MET Amplification", 17, &pc, &err) &&
			pc.amplification && strcmp(pc.gene, "MET") == 0, "MET Amplification");
	UNIT_OK(ntrk_protein_change_parse("AMP", 3, &pc, &err) && pc.amplification, "AMP");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		memset(&err, 0, sizeof(err));
		UNIT_OK(!ntrk_protein_change_parse(bad[i].text, strlen(bad[i].text), &pc, &err) &&
				err.kind == bad[i].kind && strcmp(err.argument, "protein_change") == 0 &&
				err.detail[0] != '\0',
				"bad protein change \"%s\" rejected (%s)", bad[i].text,
				bad[i].kind == NTRK_ERR_SYNTAX ? "syntax" : "value");
	}
	memset(longbuf, 'A', sizeof(longbuf) - 1);
	longbuf[sizeof(longbuf) - 1] = '\0';
	UNIT_OK(!ntrk_protein_change_parse(longbuf, strlen(longbuf), &pc, &err),
			"overlong protein change rejected");
	/* Not NUL-terminated input: the parser must honour len. */
	UNIT_OK(ntrk_protein_change_parse("G595RXXXX", 5, &pc, &err) && pc.alt == 'R',
			"length is honoured");
}

/* Classify a variant and check class and resistance flag. */
static void
expect_variant(const char *gene, const char *change, NtrkVariantClass cls,
			   bool resistance, int position)
{
	NtrkVariantVerdict v;
	NtrkKnowledgeError err;
	bool		r = ntrk_classify_variant(gene, gene ? strlen(gene) : 0,
										  change, strlen(change), &v, &err);

	UNIT_OK(r, "%s %s classifies", gene ? gene : "(null)", change);
	if (!r)
	{
		printf("#   %s\n", err.detail);
		return;
	}
	UNIT_STREQ(ntrk_variant_class_name(v.cls), ntrk_variant_class_name(cls),
			   "%s %s: class", gene ? gene : "(null)", change);
	UNIT_OK(v.known_resistance == resistance, "%s %s: known_resistance %d",
			gene ? gene : "(null)", change, (int) resistance);
	UNIT_OK(v.position == position, "%s %s: position %d (got %d)",
			gene ? gene : "(null)", change, position, v.position);
}

/* A variant that must fail, with the argument named. */
static void
expect_variant_error(const char *gene, const char *change, NtrkErrorKind kind,
					 const char *argument, const char *detail_part)
{
	NtrkVariantVerdict v;
	NtrkKnowledgeError err;
	bool		r;

	memset(&err, 0, sizeof(err));
	r = ntrk_classify_variant(gene, gene ? strlen(gene) : 0,
							  change, change ? strlen(change) : 0, &v, &err);
	UNIT_OK(!r && err.kind == kind && err.argument != NULL &&
			strcmp(err.argument, argument) == 0 && err.hint != NULL,
			"%s / %s rejected naming %s", gene ? gene : "(null)",
			change ? change : "(null)", argument);
	if (detail_part != NULL)
	{
		UNIT_OK(has(err.detail, detail_part), "detail mentions \"%s\"", detail_part);
		if (!has(err.detail, detail_part))
			printf("#   detail: %s\n", err.detail);
	}
}

static void
test_variants(void)
{
	NtrkVariantVerdict v;
	NtrkKnowledgeError err;

	/* Solvent front. */
	expect_variant("NTRK1", "G595R", NTRK_VAR_SOLVENT_FRONT, true, 595);
	expect_variant("NTRK1", "p.Gly595Arg", NTRK_VAR_SOLVENT_FRONT, true, 595);
	expect_variant(NULL, "NTRK1 G595R", NTRK_VAR_SOLVENT_FRONT, true, 595);
	expect_variant("trka", "p.(Gly595Arg)", NTRK_VAR_SOLVENT_FRONT, true, 595);
	expect_variant("NTRK1", "G595V", NTRK_VAR_SOLVENT_FRONT, false, 595);
	expect_variant("NTRK3", "G623R", NTRK_VAR_SOLVENT_FRONT, true, 623);
	expect_variant("NTRK3", "p.Gly623Glu", NTRK_VAR_SOLVENT_FRONT, false, 623);
	expect_variant("NTRK2", "G639R", NTRK_VAR_SOLVENT_FRONT, true, 639);
	expect_variant("NTRK2", "NP_006171.2:p.G639R", NTRK_VAR_SOLVENT_FRONT, true, 639);
	expect_variant("NTRK2", "Q16620:G623R", NTRK_VAR_SOLVENT_FRONT, true, 639);
	expect_variant("NTRK2", "NP_001018074.1:p.Gly623Arg", NTRK_VAR_SOLVENT_FRONT, true, 639);
	expect_variant("NTRK2", "ENSP00000314586.4:p.Gly623Arg", NTRK_VAR_SOLVENT_FRONT, true, 639);
	/* Gatekeeper. */
	expect_variant("NTRK1", "F589L", NTRK_VAR_GATEKEEPER, true, 589);
	expect_variant("NTRK3", "F617L", NTRK_VAR_GATEKEEPER, true, 617);
	expect_variant("NTRK3", "F617I", NTRK_VAR_GATEKEEPER, false, 617);
	expect_variant("NTRK3", "F617V", NTRK_VAR_GATEKEEPER, false, 617);
	expect_variant("NTRK2", "F633L", NTRK_VAR_GATEKEEPER, true, 633);
	expect_variant("NTRK2", "Q16620-1:F617L", NTRK_VAR_GATEKEEPER, true, 633);
	/* xDFG. */
	expect_variant("NTRK1", "G667C", NTRK_VAR_XDFG, true, 667);
	expect_variant("NTRK1", "G667S", NTRK_VAR_XDFG, true, 667);
	expect_variant("NTRK1", "G667A", NTRK_VAR_XDFG, true, 667);
	expect_variant("NTRK3", "G696A", NTRK_VAR_XDFG, true, 696);
	expect_variant("NTRK3", "G696C", NTRK_VAR_XDFG, true, 696);
	expect_variant("NTRK3", "G696S", NTRK_VAR_XDFG, true, 696);
	expect_variant("NTRK2", "G709C", NTRK_VAR_XDFG, true, 709);
	expect_variant("NTRK2", "G709A", NTRK_VAR_XDFG, true, 709);
	expect_variant("NTRK2", "G709S", NTRK_VAR_XDFG, true, 709);
	expect_variant("NTRK2", "Q16620:G693C", NTRK_VAR_XDFG, true, 709);
	/* Other kinase domain, outside, truncating. */
	expect_variant("NTRK1", "V573M", NTRK_VAR_KINASE_OTHER, true, 573);
	expect_variant("NTRK1", "A608D", NTRK_VAR_KINASE_OTHER, false, 608);
	expect_variant("NTRK1", "K544R", NTRK_VAR_KINASE_OTHER, false, 544);
	expect_variant("NTRK1", "R700W", NTRK_VAR_KINASE_OTHER, false, 700);
	expect_variant("NTRK1", "G595*", NTRK_VAR_KINASE_OTHER, false, 595);
	expect_variant("NTRK1", "R100W", NTRK_VAR_OUTSIDE_KINASE, false, 100);
	expect_variant("NTRK1", "R509W", NTRK_VAR_OUTSIDE_KINASE, false, 509);
	expect_variant("NTRK1", "R782W", NTRK_VAR_OUTSIDE_KINASE, false, 782);
	expect_variant("NTRK2", "Y434C", NTRK_VAR_OUTSIDE_KINASE, false, 434);
	expect_variant("NTRK2", "Y722C", NTRK_VAR_KINASE_OTHER, false, 722);
	expect_variant("NTRK3", "R100*", NTRK_VAR_OUTSIDE_KINASE, false, 100);
	expect_variant("NTRK3", "NM_002530:p.R712W", NTRK_VAR_KINASE_OTHER, false, 726);
	expect_variant("NTRK1", "NM_001012331:p.G589R", NTRK_VAR_SOLVENT_FRONT, true, 595);
	expect_variant("NTRK1", "amplification", NTRK_VAR_AMPLIFICATION, false, 0);
	/* Off-target. */
	expect_variant("KRAS", "G12D", NTRK_VAR_OFFTARGET_MAPK, true, 12);
	expect_variant("KRAS", "p.Gly13Asp", NTRK_VAR_OFFTARGET_MAPK, true, 13);
	expect_variant("kras", "Q61H", NTRK_VAR_OFFTARGET_MAPK, true, 61);
	expect_variant("KRAS", "A146T", NTRK_VAR_OFFTARGET_OTHER, false, 146);
	expect_variant("KRAS", "G12*", NTRK_VAR_OFFTARGET_OTHER, false, 12);
	expect_variant("BRAF", "V600E", NTRK_VAR_OFFTARGET_MAPK, true, 600);
	expect_variant("BRAF", "V600K", NTRK_VAR_OFFTARGET_OTHER, false, 600);
	expect_variant("MET", "amplification", NTRK_VAR_OFFTARGET_MAPK, true, 0);
	expect_variant(NULL, "MET amplification", NTRK_VAR_OFFTARGET_MAPK, true, 0);
	expect_variant("MET", "Y1003C", NTRK_VAR_OFFTARGET_OTHER, false, 1003);
	expect_variant("KRAS", "amp", NTRK_VAR_OFFTARGET_OTHER, false, 0);

	/* Reasons make the seed's point. */
	UNIT_OK(ntrk_classify_variant("NTRK1", 5, "G595R", 5, &v, &err) &&
			has(v.reason, "not an NTRK fusion and not a TRK-inhibitor indication") &&
			has(v.reason, "acquired on-target resistance"), "G595R reason: mutation alone / after TKI");
	UNIT_STREQ(v.change, "p.G595R", "normalised change");
	UNIT_STREQ(v.numbering, "NP_002520.2", "NTRK1 numbering");
	UNIT_OK(ntrk_classify_variant("NTRK2", 5, "G639R", 5, &v, &err), "NTRK2 G639R");
	UNIT_STREQ(v.numbering, "NP_006171.2", "NTRK2 numbering is NP_006171.2 (MANE)");
	UNIT_OK(ntrk_classify_variant("NTRK2", 5, "Q16620:G623R", 12, &v, &err) &&
			has(v.reason, "G623 on Q16620-1"), "converted numbering is named in reason");
	UNIT_OK(ntrk_classify_variant("NTRK2", 5, "G623R", 5, &v, &err) &&
			v.cls == NTRK_VAR_KINASE_OTHER && has(v.reason, "prefix Q16620:"),
			"NTRK2 G623R without accession: warns about the UniProt numbering");
	UNIT_OK(ntrk_classify_variant("NTRK1", 5, "G667C", 5, &v, &err) &&
			has(v.reason, "type II"), "xDFG reason mentions type II inhibitors");
	UNIT_OK(ntrk_classify_variant("KRAS", 4, "G12D", 4, &v, &err) &&
			has(v.reason, "alone it is not an NTRK event") && v.numbering == NULL,
			"off-target reason");
	UNIT_OK(ntrk_classify_variant("KRAS", 4, "ENSP00000256078.4:p.Gly12Asp", 28, &v, &err) &&
			has(v.reason, "was not checked"), "off-target accession is not checked, and said so");

	/* Errors name the argument. */
	expect_variant_error("TP53", "R175H", NTRK_ERR_VALUE, "gene", "TP53");
	expect_variant_error("", "G595R", NTRK_ERR_VALUE, "gene", NULL);
	expect_variant_error(NULL, "G595R", NTRK_ERR_VALUE, "gene", "No gene");
	expect_variant_error("NTRK1", "NTRK3 G623R", NTRK_ERR_VALUE, "protein_change", "names NTRK3");
	expect_variant_error(NULL, "TP53 R175H", NTRK_ERR_VALUE, "protein_change", "TP53");
	expect_variant_error("NTRK1", "G595", NTRK_ERR_SYNTAX, "protein_change", NULL);
	expect_variant_error("NTRK1", NULL, NTRK_ERR_VALUE, "protein_change", NULL);
	expect_variant_error("NTRK1", "A595R", NTRK_ERR_VALUE, "protein_change", "is G, not A");
	expect_variant_error("NTRK1", "G900R", NTRK_ERR_VALUE, "protein_change", "796 residues");
	expect_variant_error("NTRK2", "F617L", NTRK_ERR_VALUE, "protein_change", "is V, not F");
	expect_variant_error("NTRK2", "Q16620:S460L", NTRK_ERR_VALUE, "protein_change", "cannot be converted");
	expect_variant_error("NTRK2", "Q16620:G830R", NTRK_ERR_VALUE, "protein_change", "822 residues");
	expect_variant_error("NTRK1", "NP_006171.2:p.G595R", NTRK_ERR_VALUE, "protein_change", "drop the prefix");
	expect_variant_error("NTRK1", "NM_152263.3:p.G595R", NTRK_ERR_VALUE, "protein_change", NULL);
	expect_variant_error("KRAS", "A12D", NTRK_ERR_VALUE, "protein_change", "is G, not A");
	expect_variant_error("NTRK1", "NP_002520.2:amplification", NTRK_ERR_VALUE, "protein_change", "no protein position");
	UNIT_OK(ntrk_variant_gene_known("NTRK3", 5) && ntrk_variant_gene_known(" met ", 5) &&
			!ntrk_variant_gene_known("TP53", 4), "ntrk_variant_gene_known");
}

static void
test_fusions(void)
{
	NtrkFusionVerdict v;
	NtrkFusion	f;

	/* Actionable: NTRK is 3', kinase kept or not contradicted. */
	expect_class("TPM3 e8::NTRK1 e10", chim(false, "TPM3", 8, "NTRK1", 10),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_FUSION, NTRK_TRI_YES, false,
				 "reference transcript assumed");
	expect_class("VICC TPM3::NTRK1 on NM_002529.3",
				 mk(NTRK_KIND_CHIMERIC, false, "NM_152263.3", "TPM3", 8, "NM_002529.3", "NTRK1", 10),
				 NTRK_FRAME_IN, NTRK_CLASS_FUSION, NTRK_TRI_YES, false, "exon 10 of NM_002529.3");
	expect_class("LMNA e2::NTRK1 e11", chim(false, "LMNA", 2, "NTRK1", 11),
				 NTRK_FRAME_IN, NTRK_CLASS_FUSION, NTRK_TRI_YES, false, "in frame");
	expect_class("ETV6 e5::NTRK3 e15", chim(false, "ETV6", 5, "NTRK3", 15),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_FUSION, NTRK_TRI_YES, false, "an actionable NTRK3 fusion");
	expect_class("EML4 e2::NTRK3 e14 (.3)",
				 mk(NTRK_KIND_CHIMERIC, false, "", "EML4", 2, "NM_001012338.3", "NTRK3", 14),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_FUSION, NTRK_TRI_YES, false, NULL);
	expect_class("QKI e6::NTRK2 e15", chim(false, "QKI", 6, "NTRK2", 15),
				 NTRK_FRAME_IN, NTRK_CLASS_FUSION, NTRK_TRI_YES, false, NULL);
	expect_class("no exon: not contradicted", chim(false, "ETV6", 0, "NTRK3", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_FUSION, NTRK_TRI_YES, false, "not checked");
	expect_class("unknown partner gene as 5'", chim(false, "FOO1", 0, "NTRK2", 0),
				 NTRK_FRAME_IN, NTRK_CLASS_FUSION, NTRK_TRI_YES, false, NULL);
	expect_class("written 5'-3' with a hyphen", chim(true, "TPM3", 0, "NTRK1", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_FUSION, NTRK_TRI_YES, false, NULL);
	expect_class("alias TRKA as 3'", chim(false, "TPM3", 0, "TRKA", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_FUSION, NTRK_TRI_YES, false, NULL);
	expect_class("undecidable exon", mk(NTRK_KIND_CHIMERIC, false, "", "QKI", 6,
										"NM_001018064.2", "NTRK2", 16),
				 NTRK_FRAME_IN, NTRK_CLASS_FUSION, NTRK_TRI_UNKNOWN, false, "cannot be decided");

	/* Kinase lost. */
	expect_class("TPM3::NTRK1 e14", chim(false, "TPM3", 7, "NTRK1", 14),
				 NTRK_FRAME_IN, NTRK_CLASS_KINASE_LOST, NTRK_TRI_NO, false, "TRK kinase is lost");
	expect_class("ETV6::NTRK3 e16", chim(false, "ETV6", 5, "NTRK3", 16),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_KINASE_LOST, NTRK_TRI_NO, false, NULL);
	expect_class("kinase lost wins over out-of-frame", chim(false, "ETV6", 5, "NTRK3", 16),
				 NTRK_FRAME_OUT, NTRK_CLASS_KINASE_LOST, NTRK_TRI_NO, false, NULL);

	/* Out of frame / stop codon. */
	expect_class("TPM3::NTRK1 out-of-frame", chim(false, "TPM3", 8, "NTRK1", 10),
				 NTRK_FRAME_OUT, NTRK_CLASS_OUT_OF_FRAME, NTRK_TRI_NO, false, "out of frame");
	expect_class("stop codon", chim(false, "SCP2", 0, "NTRK1", 0),
				 NTRK_FRAME_STOP, NTRK_CLASS_OUT_OF_FRAME, NTRK_TRI_NO, false, "stop codon");

	/* Reciprocal: NTRK 5' with guaranteed order; never flipped. */
	expect_class("NTRK3::ETV6", chim(false, "NTRK3", 14, "ETV6", 6),
				 NTRK_FRAME_IN, NTRK_CLASS_RECIPROCAL, NTRK_TRI_NO, false, "look for the forward ETV6::NTRK3");
	expect_class("NTRK1::TPM3 (known partner, guaranteed order)", chim(false, "NTRK1", 0, "TPM3", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_RECIPROCAL, NTRK_TRI_NO, false, NULL);
	expect_class("NTRK1::v", mk(NTRK_KIND_CATEGORICAL, false, "", "NTRK1", 0, "", "", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_RECIPROCAL, NTRK_TRI_NO, false, NULL);

	/* Orientation repair. */
	expect_class("NTRK1-TPM3 kinase-first", chim(true, "NTRK1", 0, "TPM3", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_FUSION, NTRK_TRI_YES, true, "read as TPM3::NTRK1");
	expect_class("NTRK1/IRF2BP2", chim(true, "NTRK1", 0, "IRF2BP2", 0),
				 NTRK_FRAME_IN, NTRK_CLASS_FUSION, NTRK_TRI_YES, true, NULL);
	expect_class("NTRK3-ETV6 exons", chim(true, "NTRK3", 15, "ETV6", 5),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_FUSION, NTRK_TRI_YES, true, "exon 15");
	expect_class("NTRK1-TPM3 repaired, kinase lost", chim(true, "NTRK1", 16, "TPM3", 8),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_KINASE_LOST, NTRK_TRI_NO, true, NULL);
	expect_class("NTRK1-TPM3 repaired, out of frame", chim(true, "NTRK1", 0, "TPM3", 0),
				 NTRK_FRAME_OUT, NTRK_CLASS_OUT_OF_FRAME, NTRK_TRI_NO, true, NULL);
	expect_class("NTRK1/v", mk(NTRK_KIND_CATEGORICAL, true, "", "NTRK1", 0, "", "", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_CATEGORICAL, NTRK_TRI_YES, true, NULL);

	/* Orientation unknown. */
	expect_class("NTRK2-FOO1", chim(true, "NTRK2", 0, "FOO1", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_ORIENTATION_UNKNOWN, NTRK_TRI_UNKNOWN, false,
				 "orientation cannot be decided");
	expect_class("NTRK2-FOO1 out-of-frame", chim(true, "NTRK2", 0, "FOO1", 0),
				 NTRK_FRAME_OUT, NTRK_CLASS_OUT_OF_FRAME, NTRK_TRI_NO, false, "either way");

	/* Intragenic and self pairs. */
	expect_class("NTRK1-intragenic", mk(NTRK_KIND_INTRAGENIC, false, "", "NTRK1", 0, "", "NTRK1", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_INTRAGENIC, NTRK_TRI_NO, false, "not a fusion");
	expect_class("NTRK2-NTRK2 as chimeric", chim(true, "NTRK2", 3, "NTRK2", 9),
				 NTRK_FRAME_IN, NTRK_CLASS_INTRAGENIC, NTRK_TRI_NO, false, NULL);
	expect_class("EGFR-intragenic", mk(NTRK_KIND_INTRAGENIC, false, "", "EGFR", 0, "", "EGFR", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_NOT_NTRK, NTRK_TRI_NO, false, "no NTRK gene");

	/* Presumptive and categorical. */
	expect_class("?::NTRK1", mk(NTRK_KIND_UNKNOWN_PARTNER, false, "", "", 0, "", "NTRK1", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_PRESUMPTIVE, NTRK_TRI_UNKNOWN, false, "RNA");
	expect_class("NTRK1 rearrangement", mk(NTRK_KIND_UNKNOWN_PARTNER, true, "", "", 0, "", "NTRK1", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_PRESUMPTIVE, NTRK_TRI_UNKNOWN, false, NULL);
	expect_class("?::NTRK1 e15", mk(NTRK_KIND_UNKNOWN_PARTNER, false, "", "", 0, "", "NTRK1", 15),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_KINASE_LOST, NTRK_TRI_NO, false, NULL);
	expect_class("v::NTRK3", mk(NTRK_KIND_CATEGORICAL, false, "", "", 0, "", "NTRK3", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_CATEGORICAL, NTRK_TRI_YES, false, "as a category");
	expect_class("NTRK1 fusion", mk(NTRK_KIND_CATEGORICAL, true, "", "", 0, "", "NTRK1", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_CATEGORICAL, NTRK_TRI_YES, false, NULL);
	expect_class("v::NM_002529.4(NTRK1):e.9", mk(NTRK_KIND_CATEGORICAL, false, "", "", 0,
												  "NM_002529.4", "NTRK1", 9),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_CATEGORICAL, NTRK_TRI_YES, false, "exon 9");

	/* Other drivers and non-NTRK events. */
	expect_class("EML4::ALK", chim(false, "EML4", 6, "ALK", 20),
				 NTRK_FRAME_IN, NTRK_CLASS_OTHER_DRIVER, NTRK_TRI_NO, false, "a fusion of ALK");
	expect_class("CD74::ROS1", chim(false, "CD74", 0, "ROS1", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_OTHER_DRIVER, NTRK_TRI_NO, false, "ROS1");
	expect_class("KIF5B-RET", chim(true, "KIF5B", 0, "RET", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_OTHER_DRIVER, NTRK_TRI_NO, false, "RET");
	expect_class("FGFR3::TACC3 (driver 5')", chim(false, "FGFR3", 0, "TACC3", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_OTHER_DRIVER, NTRK_TRI_NO, false, "FGFR3");
	expect_class("CD74::NRG1", chim(false, "CD74", 0, "NRG1", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_OTHER_DRIVER, NTRK_TRI_NO, false, "NRG1");
	expect_class("v::ALK", mk(NTRK_KIND_CATEGORICAL, false, "", "", 0, "", "ALK", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_OTHER_DRIVER, NTRK_TRI_NO, false, NULL);
	expect_class("TMPRSS2::ERG", chim(false, "TMPRSS2", 0, "ERG", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_NOT_NTRK, NTRK_TRI_NO, false, "not an NTRK event");
	expect_class("TFG::ALK: TFG is not NTRK", chim(false, "TFG", 0, "ALK", 0),
				 NTRK_FRAME_UNKNOWN, NTRK_CLASS_OTHER_DRIVER, NTRK_TRI_NO, false, NULL);

	/* Fields. */
	f = chim(true, "NTRK1", 0, "TPM3", 0);
	ntrk_classify_fusion(&f, NTRK_FRAME_IN, &v);
	UNIT_STREQ(v.driver_gene, "NTRK1", "driver gene of NTRK1-TPM3");
	UNIT_STREQ(v.partner, "TPM3", "partner of NTRK1-TPM3");
	UNIT_OK(v.ntrk == 1 && v.frame == NTRK_FRAME_IN && v.kinase_kept == NTRK_TRI_UNKNOWN,
			"ntrk number, frame and kinase_kept of NTRK1-TPM3");
	f = chim(false, "EML4", 6, "ALK", 20);
	ntrk_classify_fusion(&f, NTRK_FRAME_IN, &v);
	UNIT_OK(v.ntrk == 0 && strcmp(v.driver_gene, "ALK") == 0 && strcmp(v.partner, "EML4") == 0,
			"EML4::ALK fields");
	f = chim(false, "TPM3", 8, "NTRK1", 10);
	ntrk_classify_fusion(&f, NTRK_FRAME_IN, &v);
	UNIT_OK(v.kinase_kept == NTRK_TRI_YES, "TPM3::NTRK1 e10 kinase kept");
	UNIT_OK(ntrk_is_known_5prime_partner("etv6") && !ntrk_is_known_5prime_partner("NTRK1"),
			"known 5' partners");
	UNIT_OK(ntrk_is_other_driver("ros1") && !ntrk_is_other_driver("NTRK3"), "other drivers");
	{
		int			c;

		for (c = 0; c <= NTRK_CLASS_LAST; c++)
			UNIT_OK(strlen(ntrk_fusion_class_name((NtrkFusionClass) c)) > 0, "class name %d", c);
	}
}

/* Helpers for the patient tests. */
static void
add_fusion(NtrkPatientState *st, NtrkFusion f, NtrkFrame frame, const char *text)
{
	NtrkFusionVerdict v;

	ntrk_classify_fusion(&f, frame, &v);
	ntrk_patient_add_fusion(st, &v, text);
	ntrk_patient_count_row(st);
}

static void
add_variant(NtrkPatientState *st, const char *gene, const char *change)
{
	NtrkVariantVerdict v;
	NtrkKnowledgeError err;

	if (ntrk_classify_variant(gene, strlen(gene), change, strlen(change), &v, &err))
		ntrk_patient_add_variant(st, &v);
	else
		printf("# unexpected variant error: %s\n", err.detail);
	ntrk_patient_count_row(st);
}

static NtrkStatus
finish(const NtrkPatientState *st, NtrkPatientVerdict *out)
{
	ntrk_patient_finish(st, out);
	return out->status;
}

static void
test_patients(void)
{
	NtrkPatientState st,
				a,
				b,
				ab,
				ba;
	NtrkPatientVerdict pv,
				pv2;

	/* Fusion-positive, no TKI: actionable. */
	ntrk_patient_init(&st);
	add_fusion(&st, chim(false, "ETV6", 5, "NTRK3", 15), NTRK_FRAME_IN, "ETV6(e5)::NTRK3(e15)");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_FUSION_ACTIONABLE, "fusion alone: actionable");
	UNIT_STREQ(pv.fusion, "ETV6(e5)::NTRK3(e15)", "fusion reported");
	UNIT_STREQ(pv.ntrk_gene, "NTRK3", "gene reported");
	UNIT_OK(pv.prior_tki == NTRK_TRI_UNKNOWN, "prior TKI unknown");

	/* Same + G623R after TKI: resistant (solvent front). */
	add_variant(&st, "NTRK3", "G623R");
	ntrk_patient_add_prior(&st, true);
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_RESISTANT, "fusion + G623R after TKI: resistant");
	UNIT_OK(pv.resistance == (1u << NTRK_VAR_SOLVENT_FRONT), "resistance class solvent front");
	UNIT_OK(has(pv.reason, "acquired on-target resistance"), "reason: acquired on-target");

	/* Mutation without fusion: mutation only, even after a TKI. */
	ntrk_patient_init(&st);
	add_variant(&st, "NTRK1", "G595R");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_MUTATION_ONLY, "G595R alone: mutation only");
	UNIT_OK(has(pv.reason, "not a TRK-inhibitor indication"), "mutation only reason");
	ntrk_patient_add_prior(&st, true);
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_MUTATION_ONLY &&
			has(pv.reason, "acquired resistance cannot be called"), "G595R after TKI, no fusion");

	/* Fusion + resistance mutation, TKI unknown or none: indeterminate. */
	ntrk_patient_init(&st);
	add_fusion(&st, chim(false, "LMNA", 2, "NTRK1", 11), NTRK_FRAME_IN, "LMNA(e2)::NTRK1(e11)");
	add_variant(&st, "NTRK1", "G667C");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_INDETERMINATE &&
			has(pv.reason, "not recorded"), "fusion + G667C, TKI unknown: indeterminate");
	ntrk_patient_add_prior(&st, false);
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_INDETERMINATE &&
			has(pv.reason, "not acquired"), "fusion + G667C, no TKI: indeterminate");
	ntrk_patient_add_prior(&st, true);
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_RESISTANT && pv.resistance == (1u << NTRK_VAR_XDFG),
			"a true prior wins over false: resistant xDFG");
	UNIT_OK(pv.prior_tki == NTRK_TRI_YES, "prior TKI yes");

	/* Compound on-target + off-target. */
	add_variant(&st, "NTRK1", "G595R");
	add_variant(&st, "KRAS", "G12D");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_RESISTANT &&
			pv.resistance == ((1u << NTRK_VAR_XDFG) | (1u << NTRK_VAR_SOLVENT_FRONT) |
							  (1u << NTRK_VAR_OFFTARGET_MAPK)), "compound resistance");
	UNIT_OK(has(pv.reason, "NTRK1 p.G595R") && has(pv.reason, "KRAS p.G12D"),
			"compound reason names both (%s)", pv.reason);

	/* Off-target only. */
	ntrk_patient_init(&st);
	add_fusion(&st, chim(false, "TPM3", 8, "NTRK1", 10), NTRK_FRAME_IN, "TPM3::NTRK1");
	add_variant(&st, "KRAS", "G12D");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_FUSION_ACTIONABLE &&
			has(pv.reason, "co-occurs"), "fusion + KRAS without TKI: actionable, co-alteration");
	ntrk_patient_add_prior(&st, true);
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_RESISTANT &&
			pv.resistance == (1u << NTRK_VAR_OFFTARGET_MAPK), "fusion + KRAS after TKI: off-target resistance");
	UNIT_OK(has(pv.reason, "off-target"), "off-target reason");

	/* Resistance mutation in another NTRK gene is not on-target. */
	ntrk_patient_init(&st);
	add_fusion(&st, chim(false, "ETV6", 5, "NTRK3", 15), NTRK_FRAME_IN, "ETV6::NTRK3");
	add_variant(&st, "NTRK1", "G595R");
	ntrk_patient_add_prior(&st, true);
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_FUSION_ACTIONABLE &&
			has(pv.reason, "not in the fused gene NTRK3"), "NTRK1 G595R with NTRK3 fusion");

	/* Kinase VUS after TKI: indeterminate; outside-kinase: still actionable. */
	ntrk_patient_init(&st);
	add_fusion(&st, chim(false, "TPM3", 8, "NTRK1", 10), NTRK_FRAME_IN, "TPM3::NTRK1");
	add_variant(&st, "NTRK1", "R700W");
	ntrk_patient_add_prior(&st, true);
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_INDETERMINATE, "kinase VUS after TKI: indeterminate");
	ntrk_patient_init(&st);
	add_fusion(&st, chim(false, "TPM3", 8, "NTRK1", 10), NTRK_FRAME_IN, "TPM3::NTRK1");
	add_variant(&st, "NTRK1", "R100W");
	ntrk_patient_add_prior(&st, true);
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_FUSION_ACTIONABLE, "outside-kinase change after TKI: actionable");

	/* Indeterminate structures, reciprocal only, negative. */
	ntrk_patient_init(&st);
	add_fusion(&st, mk(NTRK_KIND_UNKNOWN_PARTNER, false, "", "", 0, "", "NTRK1", 0),
			   NTRK_FRAME_UNKNOWN, "?::NTRK1");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_INDETERMINATE && has(pv.reason, "RNA"),
			"presumptive: indeterminate");
	add_fusion(&st, chim(false, "TPM3", 8, "NTRK1", 10), NTRK_FRAME_IN, "TPM3::NTRK1");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_FUSION_ACTIONABLE, "RNA-confirmed fusion wins over FISH");
	ntrk_patient_init(&st);
	add_fusion(&st, chim(false, "NTRK3", 14, "ETV6", 6), NTRK_FRAME_IN, "NTRK3::ETV6");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_INDETERMINATE && has(pv.reason, "reciprocal"),
			"reciprocal only: indeterminate");
	add_fusion(&st, chim(false, "ETV6", 5, "NTRK3", 15), NTRK_FRAME_IN, "ETV6::NTRK3");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_FUSION_ACTIONABLE, "forward + reciprocal: actionable");
	ntrk_patient_init(&st);
	add_fusion(&st, chim(false, "TPM3", 8, "NTRK1", 10), NTRK_FRAME_OUT, "TPM3::NTRK1");
	add_fusion(&st, chim(false, "EML4", 6, "ALK", 20), NTRK_FRAME_IN, "EML4::ALK");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_NEGATIVE && has(pv.reason, "EML4::ALK"),
			"out-of-frame NTRK + ALK: negative, ALK named");
	ntrk_patient_init(&st);
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_NEGATIVE, "nothing: negative");
	add_variant(&st, "KRAS", "G12C");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_NEGATIVE && has(pv.reason, "KRAS p.G12C"),
			"KRAS alone: negative");
	ntrk_patient_init(&st);
	add_fusion(&st, chim(true, "NTRK2", 0, "FOO1", 0), NTRK_FRAME_UNKNOWN, "NTRK2/FOO1");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_INDETERMINATE, "orientation unknown: indeterminate");
	ntrk_patient_init(&st);
	add_variant(&st, "NTRK2", "amplification");
	UNIT_OK(finish(&st, &pv) == NTRK_STATUS_MUTATION_ONLY, "amplification alone: mutation_only");

	/* Merge is order-independent; states validate. */
	ntrk_patient_init(&a);
	add_fusion(&a, chim(false, "ETV6", 5, "NTRK3", 15), NTRK_FRAME_IN, "ETV6::NTRK3");
	add_variant(&a, "NTRK3", "G696A");
	ntrk_patient_init(&b);
	add_fusion(&b, chim(false, "EML4", 2, "NTRK3", 14), NTRK_FRAME_IN, "EML4::NTRK3");
	add_variant(&b, "NTRK3", "F617L");
	ntrk_patient_add_prior(&b, true);
	ab = a;
	ntrk_patient_merge(&ab, &b);
	ba = b;
	ntrk_patient_merge(&ba, &a);
	UNIT_OK(memcmp(&ab, &ba, sizeof(ab)) == 0, "merge is commutative (byte-identical states)");
	ntrk_patient_finish(&ab, &pv);
	ntrk_patient_finish(&ba, &pv2);
	UNIT_OK(pv.status == NTRK_STATUS_RESISTANT && strcmp(pv.reason, pv2.reason) == 0 &&
			strcmp(pv.fusion, "EML4::NTRK3") == 0, "merged result: resistant, least fusion text");
	UNIT_OK(ab.n_rows == 4, "rows counted");
	UNIT_OK(ntrk_patient_state_valid(&ab), "merged state valid");
	ab.version = 99;
	UNIT_OK(!ntrk_patient_state_valid(&ab), "bad version rejected");
	ab = ba;
	ab.fusion_cls = 200;
	UNIT_OK(!ntrk_patient_state_valid(&ab), "bad class rejected");
	ab = ba;
	memset(ab.on_label[1], 'x', sizeof(ab.on_label[1]));
	UNIT_OK(!ntrk_patient_state_valid(&ab), "unterminated label rejected");
	ab = ba;
	ab.off_mask = 0x8000;
	UNIT_OK(!ntrk_patient_state_valid(&ab), "bad mask rejected");
	{
		int			s;

		for (s = 0; s <= NTRK_STATUS_LAST; s++)
			UNIT_OK(strlen(ntrk_status_name((NtrkStatus) s)) > 0, "status name %d", s);
	}
}

int
main(void)
{
	test_genes_and_table();
	test_frames();
	test_protein_parse();
	test_variants();
	test_fusions();
	test_patients();
	return unit_done();
}
