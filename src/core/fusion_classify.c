/*
 * fusion_classify.c
 *		Classify one parsed fusion: NTRK as the 3' partner (kinase kept or
 *		lost, in or out of frame, categorical, presumptive), reciprocal,
 *		orientation unknown or repaired, intragenic, other driver, not NTRK.
 *
 * The rule: the TRK kinase comes only from a 3' NTRK segment that keeps the
 * kinase domain, joined in frame to a 5' partner (ntrk_transcripts.c decides
 * the kinase, ntrk_partners.c the orientation repair).  Every verdict
 * carries a reason sentence saying why.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "ntrk_knowledge.h"

#include <stdio.h>
#include <string.h>

#include "knowledge_data.h"

static const char *const fusion_class_names[] = {
	"ntrk_fusion", "ntrk_kinase_lost", "ntrk_out_of_frame", "ntrk_reciprocal",
	"ntrk_orientation_unknown", "ntrk_intragenic", "ntrk_presumptive",
	"ntrk_categorical", "other_driver_fusion", "not_ntrk", "ntrk_antisense",
	"ntrk_transcript_only"
};

/* SQL label of a fusion class (enum ntrk_fusion_class). */
const char *
ntrk_fusion_class_name(NtrkFusionClass cls)
{
	return (cls <= NTRK_CLASS_LAST) ? fusion_class_names[cls] : "not_ntrk";
}

/* How a partner reads in a reason: the symbol, "v" or "?". */
static const char *
part_label(const NtrkFusion *f, const NtrkFusionPart *p)
{
	if (p->symbol[0] != '\0')
		return p->symbol;
	return f->kind == NTRK_KIND_CATEGORICAL ? "v" : "?";
}

/* Short clause on the reading frame, for reasons. */
static const char *
frame_clause(NtrkFrame frame)
{
	switch (frame)
	{
		case NTRK_FRAME_IN:
			return "in frame";
		case NTRK_FRAME_OUT:
			return "out of frame";
		case NTRK_FRAME_STOP:
			return "a stop codon at the junction";
		case NTRK_FRAME_UNKNOWN:
			break;
	}
	return "reading frame unknown";
}

/*
 * Kinase retention of a 3' NTRK segment from the exon written in the fusion
 * and the junction evidence (ev may be NULL), with the clause saying how it
 * was decided.  Sets *conflict when the exon and the evidence disagree.
 */
static NtrkTri
kinase_from_exon_and_evidence(int ntrk, const NtrkFusionPart *ntrk_part,
							  const NtrkJunctionEvidence *ev, char *knote,
							  size_t size, bool *conflict)
{
	char		exon_note[400];
	NtrkTri		by_exon = ntrk_kinase_retained(ntrk, ntrk_part->transcript,
											   ntrk_part->exon, exon_note,
											   sizeof(exon_note));
	bool		same_numbering;
	NtrkSbuf	sb;

	ntrk_sb_init(&sb, knote, size);
	*conflict = false;
	if (ev == NULL || ev->text[0] == '\0')
	{
		ntrk_sb_printf(&sb, "%s", exon_note);
		return by_exon;
	}
	if (!ev->read)
	{
		/* evidence given but not readable: say why, keep the exon's answer */
		ntrk_sb_printf(&sb, "%s (%s)", exon_note, ev->text);
		return by_exon;
	}
	if (ntrk_part->exon <= 0)
	{
		ntrk_sb_printf(&sb, "%s", ev->text);
		return ev->kinase_kept;
	}
	if (by_exon == NTRK_TRI_UNKNOWN)
	{
		/* the exon cannot be judged (numbering not verified); the evidence can */
		ntrk_sb_printf(&sb, "%s; %s", exon_note, ev->text);
		return ev->kinase_kept;
	}
	same_numbering = ntrk_part->transcript[0] == '\0' ||
		(ev->transcript != NULL &&
		 ntrk_transcript_lookup(ntrk_part->transcript) != NULL &&
		 ntrk_transcript_lookup(ntrk_part->transcript) ==
		 ntrk_transcript_lookup(ev->transcript));
	if (by_exon != ev->kinase_kept ||
		(same_numbering && ev->first_exon != 0 && ev->first_exon != ntrk_part->exon))
	{
		*conflict = true;
		ntrk_sb_printf(&sb, "%s; but %s: the exon and the breakpoint disagree, so kinase retention cannot be decided",
				 exon_note, ev->text);
		return NTRK_TRI_UNKNOWN;
	}
	ntrk_sb_printf(&sb, "%s; %s", exon_note, ev->text);
	return by_exon;
}

/*
 * Classify a fusion whose NTRK gene is known to be the 3' partner: kinase
 * retention by exon and junction evidence, then frame, then kind.
 * ntrk_part is the NTRK side (as written, which may be p5 when the
 * orientation was repaired), other the partner side; pair is "TPM3::NTRK1"
 * as interpreted.
 */
static void
classify_ntrk_3prime(const NtrkFusion *f, const NtrkFusionPart *ntrk_part,
					 const NtrkFusionPart *other, const char *pair,
					 const char *orientation_note, NtrkFrame frame,
					 const NtrkJunctionEvidence *ev, NtrkFusionVerdict *out)
{
	char		knote[NTRK_REASON_MAX];
	NtrkSbuf		sb;
	const char *gene = ntrk_ntrk_symbol(out->ntrk);
	bool		conflict;

	ntrk_sb_init(&sb, out->reason, sizeof(out->reason));
	out->kinase_kept = kinase_from_exon_and_evidence(out->ntrk, ntrk_part, ev, knote,
													 sizeof(knote), &conflict);
	ntrk_sb_printf(&sb, "%s: %s is the 3' partner", pair, gene);
	if (other->symbol[0] != '\0')
		ntrk_sb_printf(&sb, " of %s", other->symbol);
	ntrk_sb_printf(&sb, "%s; %s; %s", orientation_note, knote, frame_clause(frame));

	if (out->kinase_kept == NTRK_TRI_NO)
	{
		out->cls = NTRK_CLASS_KINASE_LOST;
		out->actionable = NTRK_TRI_NO;
		ntrk_sb_printf(&sb, ": no TRK-kinase chimera, not actionable.");
		return;
	}
	if (frame == NTRK_FRAME_OUT || frame == NTRK_FRAME_STOP)
	{
		out->cls = NTRK_CLASS_OUT_OF_FRAME;
		out->actionable = NTRK_TRI_NO;
		ntrk_sb_printf(&sb, ": the NTRK kinase is not translated in frame with the partner, not actionable.");
		return;
	}
	switch (f->kind)
	{
		case NTRK_KIND_CATEGORICAL:
			out->cls = NTRK_CLASS_CATEGORICAL;
			out->actionable = NTRK_TRI_YES;
			ntrk_sb_printf(&sb, ": %s fusion with any partner, actionable as a category (approvals name NTRK gene fusions, not partners).",
					  gene);
			return;
		case NTRK_KIND_UNKNOWN_PARTNER:
			out->cls = NTRK_CLASS_PRESUMPTIVE;
			out->actionable = NTRK_TRI_UNKNOWN;
			ntrk_sb_printf(&sb, ": %s is rearranged with an unidentified partner (e.g. break-apart FISH), presumptive; confirm the fusion and its partner by RNA sequencing.",
					  gene);
			return;
		default:
			break;
	}
	out->cls = NTRK_CLASS_FUSION;
	if (conflict)
	{
		out->actionable = NTRK_TRI_UNKNOWN;
		ntrk_sb_printf(&sb, ": an %s fusion, but its exon and breakpoint disagree; check the junction (RNA sequencing shows which NTRK exon is joined).",
					   gene);
		return;
	}
	if (out->kinase_kept == NTRK_TRI_UNKNOWN && ntrk_part->exon > 0)
	{
		out->actionable = NTRK_TRI_UNKNOWN;
		ntrk_sb_printf(&sb, ": an %s fusion, but kinase retention cannot be decided; give the exon on a listed transcript.",
				  gene);
		return;
	}
	out->actionable = NTRK_TRI_YES;
	ntrk_sb_printf(&sb, ": an actionable %s fusion.", gene);
}

/*
 * Classify one fusion: intragenic, no NTRK gene (other driver or not NTRK),
 * NTRK written 3' (classified as is), NTRK written 5' (reciprocal when the
 * order is guaranteed; else repaired, undecided or out of frame).
 */
void
ntrk_classify_fusion(const NtrkFusion *f, NtrkFrame frame, NtrkFusionVerdict *out)
{
	ntrk_classify_fusion_with(f, frame, NULL, out);
}

void
ntrk_classify_fusion_with(const NtrkFusion *f, NtrkFrame frame,
						  const NtrkJunctionEvidence *ev, NtrkFusionVerdict *out)
{
	int			g5 = ntrk_ntrk_number(f->p5.symbol);
	int			g3 = ntrk_ntrk_number(f->p3.symbol);
	bool		unguaranteed = (f->flags & NTRK_FLAG_ORDER_UNGUARANTEED) != 0;
	const char *l5 = part_label(f, &f->p5);
	const char *l3 = part_label(f, &f->p3);
	char		pair[2 * NTRK_SYMBOL_MAX + 8];
	char		onote[512];
	NtrkSbuf		sb;

	memset(out, 0, sizeof(*out));
	out->frame = frame;
	out->actionable = NTRK_TRI_NO;
	out->kinase_kept = NTRK_TRI_UNKNOWN;
	ntrk_sb_init(&sb, out->reason, sizeof(out->reason));
	snprintf(pair, sizeof(pair), "%s%s%s", l5, unguaranteed ? "/" : "::", l3);

	/* Intragenic and self pairs are not fusions: a fusion joins two genes. */
	if (f->kind == NTRK_KIND_INTRAGENIC ||
		(f->p5.symbol[0] != '\0' && ntrk_str_eq_nocase(f->p5.symbol, f->p3.symbol)))
	{
		const char *sym = f->p5.symbol[0] ? f->p5.symbol : f->p3.symbol;
		int			g = ntrk_ntrk_number(sym);

		if (g != 0)
		{
			out->cls = NTRK_CLASS_INTRAGENIC;
			out->ntrk = g;
			ntrk_copy_text(out->driver_gene, sizeof(out->driver_gene), ntrk_ntrk_symbol(g));
			ntrk_sb_printf(&sb, "%s-intragenic: a rearrangement inside %s is not a fusion (a fusion joins two different genes), not actionable.",
					  ntrk_ntrk_symbol(g), ntrk_ntrk_symbol(g));
		}
		else
		{
			out->cls = NTRK_CLASS_NOT_NTRK;
			ntrk_sb_printf(&sb, "%s-intragenic: an intragenic rearrangement is not a fusion, and no NTRK gene is involved.",
					  sym);
		}
		return;
	}

	/* No NTRK gene: another driver, or nothing NTRK at all. */
	if (g5 == 0 && g3 == 0)
	{
		const NtrkFusionPart *drv = NULL;
		const NtrkFusionPart *oth = NULL;

		if (f->p3.symbol[0] && ntrk_is_other_driver(f->p3.symbol))
			drv = &f->p3, oth = &f->p5;
		else if (f->p5.symbol[0] && ntrk_is_other_driver(f->p5.symbol))
			drv = &f->p5, oth = &f->p3;
		if (drv != NULL)
		{
			out->cls = NTRK_CLASS_OTHER_DRIVER;
			ntrk_copy_text(out->driver_gene, sizeof(out->driver_gene), drv->symbol);
			ntrk_copy_text(out->partner, sizeof(out->partner), oth->symbol);
			ntrk_sb_printf(&sb, "%s: not an NTRK event but a fusion of %s, another driver gene; assess it with %s-directed guidance.",
					  pair, drv->symbol, drv->symbol);
		}
		else
		{
			out->cls = NTRK_CLASS_NOT_NTRK;
			ntrk_sb_printf(&sb, "%s: neither partner is NTRK1, NTRK2 or NTRK3, not an NTRK event.", pair);
		}
		return;
	}

	/* NTRK written second (or both NTRK): NTRK is the 3' partner as written. */
	if (g3 != 0)
	{
		out->ntrk = g3;
		ntrk_copy_text(out->driver_gene, sizeof(out->driver_gene), ntrk_ntrk_symbol(g3));
		ntrk_copy_text(out->partner, sizeof(out->partner), f->p5.symbol);
		snprintf(pair, sizeof(pair), "%s::%s", l5, ntrk_ntrk_symbol(g3));
		classify_ntrk_3prime(f, &f->p3, &f->p5, pair, "", frame, ev, out);
		return;
	}

	/* NTRK written first. */
	out->ntrk = g5;
	ntrk_copy_text(out->driver_gene, sizeof(out->driver_gene), ntrk_ntrk_symbol(g5));
	ntrk_copy_text(out->partner, sizeof(out->partner), f->p3.symbol);

	if (!unguaranteed)
	{
		/* '::', '--', ':' guarantee 5'->3': never flip. */
		out->cls = NTRK_CLASS_RECIPROCAL;
		ntrk_sb_printf(&sb, "%s: %s is the 5' partner (reciprocal product); the TRK kinase comes only from a 3' NTRK segment, so not actionable",
				  pair, ntrk_ntrk_symbol(g5));
		if (f->p3.symbol[0] != '\0')
			ntrk_sb_printf(&sb, "; look for the forward %s::%s", f->p3.symbol, ntrk_ntrk_symbol(g5));
		ntrk_sb_printf(&sb, ".");
		return;
	}

	/*
	 * '-' or '/': panels write the targeted kinase first.
	 * Read it as partner::NTRK when the partner is a known 5' partner or a
	 * placeholder (v, ?).  Exon numbers alone cannot tell: the reciprocal's
	 * NTRK end exon k and the forward's NTRK start exon k+1 come from the
	 * same intron, so any exon fits both readings.
	 */
	if (f->p3.symbol[0] == '\0' || ntrk_is_known_5prime_partner(f->p3.symbol))
	{
		out->orientation_inferred = true;
		snprintf(pair, sizeof(pair), "%s::%s", l3, ntrk_ntrk_symbol(g5));
		if (f->p3.symbol[0] == '\0')
			snprintf(onote, sizeof(onote),
					 " (written %s, order not guaranteed: the gene is read as the 3' partner)",
					 ntrk_ntrk_symbol(g5));
		else
			snprintf(onote, sizeof(onote),
					 " (written %s-%s, order not guaranteed; %s is a known 5' partner of NTRK fusions, so read as %s)",
					 ntrk_ntrk_symbol(g5), f->p3.symbol, f->p3.symbol, pair);
		classify_ntrk_3prime(f, &f->p5, &f->p3, pair, onote, frame, ev, out);
		return;
	}

	if (frame == NTRK_FRAME_OUT || frame == NTRK_FRAME_STOP)
	{
		out->cls = NTRK_CLASS_OUT_OF_FRAME;
		ntrk_sb_printf(&sb, "%s: order not guaranteed and %s is not a known 5' partner, but the caller reports %s: no in-frame TRK-kinase chimera either way, not actionable.",
				  pair, f->p3.symbol, frame_clause(frame));
		return;
	}
	out->cls = NTRK_CLASS_ORIENTATION_UNKNOWN;
	out->actionable = NTRK_TRI_UNKNOWN;
	ntrk_sb_printf(&sb, "%s: %s is written first in a notation that does not guarantee order ('-' or '/') and %s is not a known 5' partner, so the orientation cannot be decided; as %s::%s it would be a candidate NTRK fusion; confirm the 5'/3' order from the caller.",
			  pair, ntrk_ntrk_symbol(g5), f->p3.symbol, f->p3.symbol,
			  ntrk_ntrk_symbol(g5));
}

