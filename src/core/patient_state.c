/*
 * patient_state.c
 *		The patient-level aggregate: fold classified fusions, protein changes
 *		and prior-TRK-inhibitor flags into a fixed-size state, merge partial
 *		states, and finish with one status and a reason.
 *
 * The state is free of pointers so the glue can keep it in a bytea and
 * combine partial states; merging is commutative and associative, and ties
 * are broken by comparing texts, so the result never depends on row order.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "ntrk_knowledge.h"

#include <stdio.h>
#include <string.h>

#include "knowledge_data.h"

static const char *const status_names[] = {
	"fusion_actionable", "resistant", "mutation_only", "negative", "indeterminate"
};

/* SQL label of a patient status (enum ntrk_status). */
const char *
ntrk_status_name(NtrkStatus status)
{
	return (status <= NTRK_STATUS_LAST) ? status_names[status] : "indeterminate";
}

#define ALL_VAR_MASK ((1u << (NTRK_VAR_LAST + 1)) - 1)

/*
 * Rank of a fusion verdict for "the patient's best NTRK fusion": actionable
 * chimeric in the order the report stated 8, actionable chimeric whose
 * order was repaired 7, categorical 6, chimeric with undecidable kinase 5,
 * orientation unknown 4, presumptive 3, reciprocal 2, other NTRK events
 * (kinase lost, out of frame, intragenic) 1, not NTRK 0.
 */
static uint8_t
fusion_rank(const NtrkFusionVerdict *v)
{
	switch (v->cls)
	{
		case NTRK_CLASS_FUSION:
			if (v->actionable != NTRK_TRI_YES)
				return 5;
			return v->orientation_inferred ? 7 : 8;
		case NTRK_CLASS_CATEGORICAL:
			return 6;
		case NTRK_CLASS_ORIENTATION_UNKNOWN:
			return 4;
		case NTRK_CLASS_PRESUMPTIVE:
			return 3;
		case NTRK_CLASS_RECIPROCAL:
			return 2;
		case NTRK_CLASS_KINASE_LOST:
		case NTRK_CLASS_OUT_OF_FRAME:
		case NTRK_CLASS_INTRAGENIC:
		case NTRK_CLASS_ANTISENSE:
		case NTRK_CLASS_TRANSCRIPT_ONLY:
			return 1;
		case NTRK_CLASS_OTHER_DRIVER:
		case NTRK_CLASS_NOT_NTRK:
			break;
	}
	return 0;
}

/* An empty patient: nothing seen, prior TRK inhibitor unknown. */
void
ntrk_patient_init(NtrkPatientState *st)
{
	memset(st, 0, sizeof(*st));
	st->version = NTRK_PATIENT_STATE_VERSION;
	st->prior_tki = NTRK_TRI_UNKNOWN;
	st->fusion_actionable = NTRK_TRI_NO;
	st->fusion_cls = NTRK_CLASS_NOT_NTRK;
}

/* Is a fixed char buffer NUL-terminated? */
static bool
terminated(const char *buf, size_t size)
{
	return memchr(buf, '\0', size) != NULL;
}

/*
 * Check every field of a state that came from outside (a bytea argument):
 * version, enum ranges, masks and NUL-terminated texts.
 */
bool
ntrk_patient_state_valid(const NtrkPatientState *st)
{
	int			g;

	if (st->version != NTRK_PATIENT_STATE_VERSION ||
		st->prior_tki > NTRK_TRI_UNKNOWN ||
		st->fusion_rank > 8 ||
		st->fusion_cls > NTRK_CLASS_LAST ||
		st->fusion_actionable > NTRK_TRI_UNKNOWN ||
		st->has_reciprocal > 1 ||
		(st->off_mask & ~ALL_VAR_MASK) != 0 ||
		!terminated(st->fusion_text, sizeof(st->fusion_text)) ||
		!terminated(st->fusion_gene, sizeof(st->fusion_gene)) ||
		!terminated(st->other_fusion, sizeof(st->other_fusion)) ||
		!terminated(st->ntrk_change_label, sizeof(st->ntrk_change_label)) ||
		!terminated(st->offtarget_label, sizeof(st->offtarget_label)))
		return false;
	for (g = 0; g < 3; g++)
		if ((st->on_mask[g] & ~ALL_VAR_MASK) != 0 ||
			(st->vus_mask[g] & ~ALL_VAR_MASK) != 0 ||
			!terminated(st->on_label[g], sizeof(st->on_label[g])) ||
			!terminated(st->vus_label[g], sizeof(st->vus_label[g])))
			return false;
	return true;
}

/* Keep the smaller of two labels ("" means none), so merging is symmetric. */
static void
keep_least(char *dst, size_t size, const char *candidate)
{
	if (candidate[0] == '\0')
		return;
	if (dst[0] == '\0' || strcmp(candidate, dst) < 0)
		ntrk_copy_text(dst, size, candidate);
}

/* Saturating add of two counters. */
static uint16_t
sat_add(uint16_t a, uint16_t b)
{
	uint32_t	s = (uint32_t) a + b;

	return s > 0xffff ? 0xffff : (uint16_t) s;
}

/* Count one aggregated row. */
void
ntrk_patient_count_row(NtrkPatientState *st)
{
	st->n_rows = sat_add(st->n_rows, 1);
}

/* Record a prior-TRK-inhibitor flag: any true wins, then any false. */
void
ntrk_patient_add_prior(NtrkPatientState *st, bool prior_tki)
{
	if (prior_tki)
		st->prior_tki = NTRK_TRI_YES;
	else if (st->prior_tki == NTRK_TRI_UNKNOWN)
		st->prior_tki = NTRK_TRI_NO;
}

/* Take the fusion (rank, text) if it beats the current best. */
static void
offer_fusion(NtrkPatientState *st, uint8_t rank, uint8_t cls, uint8_t actionable,
			 const char *text, const char *gene)
{
	if (rank == 0)
		return;
	if (rank > st->fusion_rank ||
		(rank == st->fusion_rank && strcmp(text, st->fusion_text) < 0))
	{
		st->fusion_rank = rank;
		st->fusion_cls = cls;
		st->fusion_actionable = actionable;
		ntrk_copy_text(st->fusion_text, sizeof(st->fusion_text), text);
		ntrk_copy_text(st->fusion_gene, sizeof(st->fusion_gene), gene);
	}
}

/* Record a classified fusion: other drivers by name, NTRK ones by rank. */
void
ntrk_patient_add_fusion(NtrkPatientState *st, const NtrkFusionVerdict *v,
						const char *fusion_text)
{
	if (v->cls == NTRK_CLASS_OTHER_DRIVER)
	{
		keep_least(st->other_fusion, sizeof(st->other_fusion), fusion_text);
		return;
	}
	if (v->cls == NTRK_CLASS_RECIPROCAL)
		st->has_reciprocal = 1;
	offer_fusion(st, fusion_rank(v), (uint8_t) v->cls, (uint8_t) v->actionable,
				 fusion_text, ntrk_ntrk_symbol(v->ntrk));
}

/*
 * Record a classified change: NTRK changes per gene (listed resistance or
 * kinase change of unknown role), off-target ones only when listed.
 */
void
ntrk_patient_add_variant(NtrkPatientState *st, const NtrkVariantVerdict *v)
{
	char		label[NTRK_LABEL_MAX];

	snprintf(label, sizeof(label), "%s %s", v->gene,
			 v->amplification ? "amplification" : v->change);
	if (v->ntrk >= 1 && v->ntrk <= 3)
	{
		int			g = v->ntrk - 1;

		st->n_ntrk_changes = sat_add(st->n_ntrk_changes, 1);
		keep_least(st->ntrk_change_label, sizeof(st->ntrk_change_label), label);
		if (v->known_resistance)
		{
			st->on_mask[g] |= (uint16_t) (1u << v->cls);
			keep_least(st->on_label[g], sizeof(st->on_label[g]), label);
		}
		else if (v->cls <= NTRK_VAR_KINASE_OTHER)
		{
			st->vus_mask[g] |= (uint16_t) (1u << v->cls);
			keep_least(st->vus_label[g], sizeof(st->vus_label[g]), label);
		}
		return;
	}
	if (v->known_resistance)
	{
		st->off_mask |= (uint16_t) (1u << v->cls);
		keep_least(st->offtarget_label, sizeof(st->offtarget_label), label);
	}
}

/* Merge two partial states; every field merges symmetrically. */
void
ntrk_patient_merge(NtrkPatientState *a, const NtrkPatientState *b)
{
	int			g;

	if (b->prior_tki != NTRK_TRI_UNKNOWN)
		ntrk_patient_add_prior(a, b->prior_tki == NTRK_TRI_YES);
	offer_fusion(a, b->fusion_rank, b->fusion_cls, b->fusion_actionable,
				 b->fusion_text, b->fusion_gene);
	a->has_reciprocal |= b->has_reciprocal;
	a->off_mask |= b->off_mask;
	for (g = 0; g < 3; g++)
	{
		a->on_mask[g] |= b->on_mask[g];
		a->vus_mask[g] |= b->vus_mask[g];
		keep_least(a->on_label[g], sizeof(a->on_label[g]), b->on_label[g]);
		keep_least(a->vus_label[g], sizeof(a->vus_label[g]), b->vus_label[g]);
	}
	a->n_rows = sat_add(a->n_rows, b->n_rows);
	a->n_ntrk_changes = sat_add(a->n_ntrk_changes, b->n_ntrk_changes);
	keep_least(a->other_fusion, sizeof(a->other_fusion), b->other_fusion);
	keep_least(a->ntrk_change_label, sizeof(a->ntrk_change_label), b->ntrk_change_label);
	keep_least(a->offtarget_label, sizeof(a->offtarget_label), b->offtarget_label);
}

/* Append "; NTRK1 p.G595R is in NTRK1, not the fused NTRK3" for other genes. */
static void
note_other_gene_changes(NtrkSbuf *sb, const NtrkPatientState *st, int fused)
{
	int			g;

	for (g = 0; g < 3; g++)
	{
		const char *label = st->on_label[g][0] ? st->on_label[g] : st->vus_label[g];

		if (g + 1 == fused || label[0] == '\0')
			continue;
		ntrk_sb_printf(sb, "; %s is not in the fused gene %s, so it is not on-target resistance",
				  label, ntrk_ntrk_symbol(fused));
	}
}

/*
 * The patient's status: an NTRK mutation alone is no TRK-inhibitor
 * indication, but after a TRK inhibitor in a fusion-positive patient it
 * means resistance.  On-target means a change in the NTRK gene of the best
 * fusion.
 *	- actionable fusion + known resistance + prior TRK inhibitor: resistant;
 *	  on-target resistance without a recorded prior inhibitor:
 *	  indeterminate (not acquired, or exposure not recorded); off-target
 *	  alterations without an inhibitor are co-alterations, the fusion stays
 *	  actionable;
 *	- actionable fusion + NTRK kinase change of unknown role after an
 *	  inhibitor: indeterminate; otherwise fusion_actionable;
 *	- presumptive / orientation unknown / undecidable kinase: indeterminate;
 *	- NTRK mutation or amplification without a fusion: mutation_only;
 *	- only a reciprocal NTRK::partner: indeterminate (the forward product
 *	  is expected from the same rearrangement);
 *	- otherwise negative.
 */
void
ntrk_patient_finish(const NtrkPatientState *st, NtrkPatientVerdict *out)
{
	NtrkSbuf		sb;
	bool		actionable = st->fusion_rank > 0 && st->fusion_actionable == NTRK_TRI_YES;
	int			fused = ntrk_ntrk_number(st->fusion_gene);
	unsigned	on = fused ? st->on_mask[fused - 1] : 0;
	unsigned	vus = fused ? st->vus_mask[fused - 1] : 0;
	unsigned	off = st->off_mask;

	memset(out, 0, sizeof(*out));
	out->prior_tki = (NtrkTri) st->prior_tki;
	ntrk_sb_init(&sb, out->reason, sizeof(out->reason));
	if (st->fusion_rank > 0)
	{
		ntrk_copy_text(out->fusion, sizeof(out->fusion), st->fusion_text);
		ntrk_copy_text(out->ntrk_gene, sizeof(out->ntrk_gene), st->fusion_gene);
	}

	if (actionable)
	{
		if (on != 0 || (off != 0 && st->prior_tki == NTRK_TRI_YES))
		{
			const char *label = on != 0 ? st->on_label[fused - 1] : st->offtarget_label;

			if (st->prior_tki == NTRK_TRI_YES)
			{
				out->status = NTRK_STATUS_RESISTANT;
				out->resistance = (uint16_t) (on | off);
				ntrk_sb_printf(&sb, "%s after a TRK inhibitor with %s", st->fusion_text, label);
				if ((on & (on - 1)) != 0)
					ntrk_sb_printf(&sb, " and resistance mutations of other classes");
				if (on != 0 && off != 0)
					ntrk_sb_printf(&sb, " and %s", st->offtarget_label);
				ntrk_sb_printf(&sb, ": acquired %s resistance",
						  on != 0 ? (off != 0 ? "on-target and off-target (MAPK bypass)" : "on-target") :
						  "off-target (MAPK bypass)");
			}
			else
			{
				out->status = NTRK_STATUS_INDETERMINATE;
				ntrk_sb_printf(&sb, "%s with the resistance mutation %s, but %s: review before a first-generation TRK inhibitor",
						  st->fusion_text, label,
						  st->prior_tki == NTRK_TRI_NO ? "no TRK inhibitor was given before, so it is not acquired resistance" :
						  "whether a TRK inhibitor was given is not recorded");
			}
			note_other_gene_changes(&sb, st, fused);
			ntrk_sb_printf(&sb, ".");
			return;
		}
		if (vus != 0 && st->prior_tki == NTRK_TRI_YES)
		{
			out->status = NTRK_STATUS_INDETERMINATE;
			ntrk_sb_printf(&sb, "%s after a TRK inhibitor with %s, an NTRK kinase-domain change whose role in resistance is not established: review.",
					  st->fusion_text, st->vus_label[fused - 1]);
			return;
		}
		out->status = NTRK_STATUS_FUSION_ACTIONABLE;
		ntrk_sb_printf(&sb, "%s is an actionable NTRK fusion", st->fusion_text);
		if (off != 0)
			ntrk_sb_printf(&sb, "; %s co-occurs without a recorded TRK inhibitor (off-target resistance only if acquired on one)",
					  st->offtarget_label);
		if (vus != 0)
			ntrk_sb_printf(&sb, "; %s is not a known resistance mutation", st->vus_label[fused - 1]);
		note_other_gene_changes(&sb, st, fused);
		if (st->prior_tki == NTRK_TRI_YES)
			ntrk_sb_printf(&sb, "; after a TRK inhibitor, no resistance alteration is recorded");
		ntrk_sb_printf(&sb, ".");
		return;
	}

	if (st->fusion_rank >= 3)
	{
		out->status = NTRK_STATUS_INDETERMINATE;
		switch (st->fusion_cls)
		{
			case NTRK_CLASS_PRESUMPTIVE:
				ntrk_sb_printf(&sb, "%s: NTRK rearrangement with an unidentified partner; confirm the fusion by RNA sequencing.",
						  st->fusion_text);
				break;
			case NTRK_CLASS_ORIENTATION_UNKNOWN:
				ntrk_sb_printf(&sb, "%s: the 5'/3' order is not known; confirm that NTRK is the 3' partner.",
						  st->fusion_text);
				break;
			default:
				ntrk_sb_printf(&sb, "%s: kinase retention cannot be decided from the exon given; check it on a listed transcript.",
						  st->fusion_text);
				break;
		}
		return;
	}

	if (st->n_ntrk_changes > 0)
	{
		out->status = NTRK_STATUS_MUTATION_ONLY;
		ntrk_sb_printf(&sb, "%s without an NTRK fusion: an NTRK mutation or amplification alone is not a TRK-inhibitor indication",
				  st->ntrk_change_label);
		if (st->prior_tki == NTRK_TRI_YES)
			ntrk_sb_printf(&sb, "; a TRK inhibitor was given but no NTRK fusion is recorded, so acquired resistance cannot be called");
		ntrk_sb_printf(&sb, ".");
		return;
	}

	if (st->has_reciprocal)
	{
		out->status = NTRK_STATUS_INDETERMINATE;
		ntrk_sb_printf(&sb, "only the reciprocal %s is recorded; the forward partner::NTRK product is expected from the same rearrangement, confirm by RNA sequencing.",
				  st->fusion_text);
		return;
	}

	out->status = NTRK_STATUS_NEGATIVE;
	if (st->fusion_rank > 0)
		ntrk_sb_printf(&sb, "no actionable NTRK fusion: %s is not a functional NTRK fusion (%s)",
				  st->fusion_text, ntrk_fusion_class_name((NtrkFusionClass) st->fusion_cls));
	else
		ntrk_sb_printf(&sb, "no NTRK fusion or NTRK mutation recorded");
	if (st->other_fusion[0] != '\0')
		ntrk_sb_printf(&sb, "; other driver fusion %s", st->other_fusion);
	if (st->offtarget_label[0] != '\0')
		ntrk_sb_printf(&sb, "; %s is not an NTRK event without an NTRK fusion", st->offtarget_label);
	ntrk_sb_printf(&sb, ".");
}

