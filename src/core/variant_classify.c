/*
 * variant_classify.c
 *		Classify a protein change of an NTRK gene (solvent front, gatekeeper,
 *		xDFG, other kinase residue, outside the kinase, amplification) or of
 *		an off-target resistance gene (KRAS, BRAF, MET), and say whether it
 *		is a known TRK-inhibitor resistance alteration.
 *
 * The facts are rows of data/ntrk_proteins.tsv (numbering, length, kinase
 * domain), data/residues.tsv (checked residues and the residues the classes
 * are named after), data/resistance.tsv (known resistance) and
 * data/protein_numberings.tsv (accessions that select another numbering).
 * NTRK2 positions are read on NP_006171.2 (MANE, 838 aa), 16 higher than
 * UniProt Q16620-1 after an insert between residues 434 and 494.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "ntrk_knowledge.h"

#include <stdio.h>
#include <string.h>

#include "knowledge_data.h"
#include "ntrk_ascii.h"

static const char *const variant_class_names[] = {
	"solvent_front", "gatekeeper", "xdfg", "kinase_other", "outside_kinase",
	"amplification", "offtarget_mapk", "offtarget_other"
};

/* SQL label of a variant class (enum ntrk_alteration_class). */
const char *
ntrk_variant_class_name(NtrkVariantClass cls)
{
	return (cls <= NTRK_VAR_LAST) ? variant_class_names[cls] : "offtarget_other";
}

static const char gene_hint[] =
"ntrk_variant_class knows NTRK1, NTRK2, NTRK3 (aliases TRKA, TRKB, TRKC) and "
"the off-target resistance genes KRAS, BRAF and MET.";

/* Index into ntrk_gene_names of a name (any case), or -1. */
static int
variant_gene_index(const char *name, size_t len)
{
	size_t		i;

	for (i = 0; i < ntrk_n_gene_names; i++)
		if (ntrk_range_eq_nocase(name, len, ntrk_gene_names[i].name))
			return (int) i;
	return -1;
}

/* Does ntrk classify changes of this gene?  The aggregate skips others. */
bool
ntrk_variant_gene_known(const char *name, size_t len)
{
	ntrk_trim(&name, &len);
	return variant_gene_index(name, len) >= 0;
}

/* Expected residue at a position (data/residues.tsv), or 0 when not listed. */
static char
expected_residue(const char *gene, int position)
{
	size_t		i;

	for (i = 0; i < ntrk_n_residues; i++)
		if (ntrk_residues[i].position == position &&
			strcmp(ntrk_residues[i].gene, gene) == 0)
			return ntrk_residues[i].residue;
	return 0;
}

/*
 * Is this alteration listed as known resistance (data/resistance.tsv)?
 * position 0 asks about an amplification; a row with alt '+' matches any
 * amino acid but not a stop.
 */
static bool
resistance_listed(const char *gene, int position, char alt)
{
	size_t		i;

	for (i = 0; i < ntrk_n_resistance; i++)
	{
		const NtrkResistanceAlteration *r = &ntrk_resistance[i];

		if (r->position != position || strcmp(r->gene, gene) != 0)
			continue;
		if (position == 0 || r->alt == alt || (r->alt == '+' && alt != '*'))
			return true;
	}
	return false;
}

static const char ntrk2_hint[] =
"NTRK2 positions are read on NP_006171.2 (MANE NM_006180, 838 aa), as OncoKB "
"and the literature number them (G639R, F633L, G709C). UniProt Q16620 "
"(822 aa) numbers the same residues 16 lower (G623, F617, G693); prefix a "
"change in that numbering with Q16620: or NP_001018074.1:.";

/* Find the numbering row for an accession (version ignored); -1 if none. */
static int
numbering_index(const char *accession)
{
	const char *dot = strchr(accession, '.');
	size_t		base_len = dot ? (size_t) (dot - accession) : strlen(accession);
	size_t		i;

	for (i = 0; i < ntrk_n_numberings; i++)
		if (ntrk_range_eq_nocase(accession, base_len, ntrk_numberings[i].accession))
			return (int) i;
	return -1;
}

/* Write the reason for an NTRK substitution. */
static void
ntrk_variant_reason(NtrkVariantVerdict *out, const NtrkProteinFacts *pf,
					const char *numbering_note)
{
	NtrkSbuf		sb;
	const char *label = out->change + 2;	/* skip "p." */

	ntrk_sb_init(&sb, out->reason, sizeof(out->reason));
	ntrk_sb_printf(&sb, "%s %s%s ", out->gene, label, numbering_note);
	switch (out->cls)
	{
		case NTRK_VAR_SOLVENT_FRONT:
			ntrk_sb_printf(&sb, "changes the solvent-front residue of the %s kinase", pf->kinase_name);
			break;
		case NTRK_VAR_GATEKEEPER:
			ntrk_sb_printf(&sb, "changes the gatekeeper residue of the %s kinase", pf->kinase_name);
			break;
		case NTRK_VAR_XDFG:
			ntrk_sb_printf(&sb, "changes the xDFG residue (before DFG, activation loop) of the %s kinase",
					  pf->kinase_name);
			break;
		case NTRK_VAR_KINASE_OTHER:
			ntrk_sb_printf(&sb, "%s the %s kinase domain (%d-%d)",
					  out->alt == '*' ? "truncates the protein inside" : "lies in",
					  pf->kinase_name, pf->kinase_start, pf->kinase_end);
			break;
		default:
			ntrk_sb_printf(&sb, "%s outside the %s kinase domain (%d-%d)",
					  out->alt == '*' ? "truncates the protein" : "lies",
					  pf->kinase_name, pf->kinase_start, pf->kinase_end);
			break;
	}
	if (out->known_resistance)
	{
		switch (out->cls)
		{
			case NTRK_VAR_XDFG:
				ntrk_sb_printf(&sb, "; a known acquired resistance mutation to first-generation and to next-generation type I TRK inhibitors, which may respond to type II inhibitors");
				break;
			case NTRK_VAR_KINASE_OTHER:
				ntrk_sb_printf(&sb, "; a reported resistance mutation to larotrectinib");
				break;
			default:
				ntrk_sb_printf(&sb, "; a known acquired resistance mutation to larotrectinib and entrectinib, which next-generation inhibitors (selitrectinib, repotrectinib) were designed to overcome");
				break;
		}
	}
	else if (out->cls <= NTRK_VAR_XDFG)
		ntrk_sb_printf(&sb, "; this substitution is not among the reported resistance mutations");
	ntrk_sb_printf(&sb, ". An NTRK mutation alone is not an NTRK fusion and not a TRK-inhibitor indication");
	if (out->known_resistance)
		ntrk_sb_printf(&sb, "; after a TRK inhibitor in a fusion-positive patient it is acquired on-target resistance.");
	else if (out->cls == NTRK_VAR_OUTSIDE_KINASE)
		ntrk_sb_printf(&sb, "; outside the kinase it is not a known resistance site.");
	else
		ntrk_sb_printf(&sb, "; after a TRK inhibitor its role in resistance is not established.");
}

/*
 * Classify a protein change: resolve the gene, convert the position to the
 * numbering ntrk uses, check it against the protein and the residues the
 * data files list, then pick the class by residue and domain.
 */
bool
ntrk_classify_variant(const char *gene, size_t gene_len,
					  const char *change, size_t change_len,
					  NtrkVariantVerdict *out, NtrkKnowledgeError *err)
{
	NtrkProteinChange pc;
	int			gi = -1;
	int			ni = -1;
	const NtrkProteinFacts *pf;
	char		expected;
	char		numbering_note[120];
	NtrkSbuf		sb;

	memset(out, 0, sizeof(*out));
	numbering_note[0] = '\0';
	if (change == NULL)
		return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", ntrk_change_hint,
						 "The protein change is NULL.");
	if (!ntrk_protein_change_parse(change, change_len, &pc, err))
		return false;

	/* The gene: argument and/or written in the change; they must agree. */
	if (gene != NULL)
	{
		ntrk_trim(&gene, &gene_len);
		gi = variant_gene_index(gene, gene_len);
		if (gi < 0)
			return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "gene", gene_hint,
							 "\"%.*s%s\" is not a gene ntrk classifies variants of.",
							 (int) ntrk_clip_len(gene, gene_len, 64), gene,
							 gene_len > 64 ? "..." : "");
	}
	if (pc.gene[0] != '\0')
	{
		int			ci = variant_gene_index(pc.gene, strlen(pc.gene));

		if (ci < 0)
			return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", gene_hint,
							 "The protein change names gene \"%s\", which ntrk does not classify variants of.",
							 pc.gene);
		if (gi >= 0 && strcmp(ntrk_gene_names[gi].gene, ntrk_gene_names[ci].gene) != 0)
			return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", gene_hint,
							 "The protein change names %s but the gene argument is %s.",
							 ntrk_gene_names[ci].gene, ntrk_gene_names[gi].gene);
		gi = ci;
	}
	if (gi < 0)
		return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "gene", gene_hint,
						 "No gene: the gene argument is NULL and the protein change names none.");

	ntrk_copy_text(out->gene, sizeof(out->gene), ntrk_gene_names[gi].gene);
	out->ntrk = ntrk_gene_names[gi].ntrk;
	out->amplification = pc.amplification;
	ntrk_sb_init(&sb, out->reason, sizeof(out->reason));

	/* Off-target genes: MAPK reactivation (data/resistance.tsv). */
	if (out->ntrk == 0)
	{
		out->numbering = NULL;
		if (pc.amplification)
		{
			snprintf(out->change, sizeof(out->change), "amplification");
			out->known_resistance = resistance_listed(out->gene, 0, 0);
		}
		else
		{
			expected = expected_residue(out->gene, pc.position);
			if (expected != 0 && expected != pc.ref)
				return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", ntrk_change_hint,
								 "%s residue %d is %c, not %c.",
								 out->gene, pc.position, expected, pc.ref);
			out->ref = pc.ref;
			out->position = pc.position;
			out->alt = pc.alt;
			snprintf(out->change, sizeof(out->change), "p.%c%d%c", pc.ref, pc.position, pc.alt);
			out->known_resistance = resistance_listed(out->gene, pc.position, pc.alt);
		}
		out->cls = out->known_resistance ? NTRK_VAR_OFFTARGET_MAPK : NTRK_VAR_OFFTARGET_OTHER;
		if (out->known_resistance)
			ntrk_sb_printf(&sb, "%s %s is an off-target (MAPK bypass) resistance alteration when it is acquired on a TRK inhibitor in an NTRK fusion-positive tumour; alone it is not an NTRK event.",
					  out->gene, out->amplification ? "amplification" : out->change + 2);
		else
			ntrk_sb_printf(&sb, "%s %s is not one of the off-target TRK-inhibitor resistance alterations ntrk lists (KRAS codons 12, 13, 61; BRAF V600E; MET amplification); not an NTRK event.",
					  out->gene, out->amplification ? "amplification" : out->change + 2);
		if (pc.accession[0] != '\0')
			ntrk_sb_printf(&sb, " The accession %s was not checked.", pc.accession);
		return true;
	}

	pf = &ntrk_protein_facts[out->ntrk];
	out->numbering = pf->numbering;
	if (pc.amplification)
	{
		out->cls = NTRK_VAR_AMPLIFICATION;
		snprintf(out->change, sizeof(out->change), "amplification");
		ntrk_sb_printf(&sb, "%s amplification is a copy-number gain, not an NTRK fusion and not a TRK-inhibitor indication.",
				  out->gene);
		return true;
	}

	/* Numbering: an accession prefix may select another isoform. */
	out->position = pc.position;
	if (pc.accession[0] != '\0')
	{
		ni = numbering_index(pc.accession);
		if (ni < 0 || ntrk_numberings[ni].ntrk != out->ntrk)
			return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change",
							 out->ntrk == 2 ? ntrk2_hint : ntrk_change_hint,
							 "%s is not a protein or transcript of %s whose numbering ntrk knows; drop the prefix to read the position on %s.",
							 pc.accession, out->gene, pf->numbering);
		if (pc.position > ntrk_numberings[ni].length)
			return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", ntrk_change_hint,
							 "%s has %d residues; position %d is outside it.",
							 ntrk_numberings[ni].label, ntrk_numberings[ni].length, pc.position);
		if (ntrk_numberings[ni].gap_hi > 0 && pc.position >= ntrk_numberings[ni].gap_lo &&
			pc.position <= ntrk_numberings[ni].gap_hi)
			return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change", ntrk2_hint,
							 "Position %d of %s lies where the two NTRK2 numberings differ by an insertion whose exact site is not known, so it cannot be converted; give it on NP_006171.2.",
							 pc.position, ntrk_numberings[ni].label);
		if (ntrk_numberings[ni].shift != 0 && pc.position >= ntrk_numberings[ni].shift_from)
		{
			out->position = pc.position + ntrk_numberings[ni].shift;
			snprintf(numbering_note, sizeof(numbering_note), " (%c%d on %s)",
					 pc.ref, pc.position, ntrk_numberings[ni].label);
		}
	}
	else if (pc.position > pf->length)
		return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change",
						 out->ntrk == 2 ? ntrk2_hint : ntrk_change_hint,
						 "%s has %d residues on %s; position %d is outside it.",
						 out->gene, pf->length, pf->numbering, pc.position);

	expected = expected_residue(out->gene, out->position);
	if (expected != 0 && expected != pc.ref)
		return ntrk_knowledge_fail(err, NTRK_ERR_VALUE, "protein_change",
						 out->ntrk == 2 ? ntrk2_hint : ntrk_change_hint,
						 "%s residue %d on %s is %c, not %c.",
						 out->gene, out->position, pf->numbering, expected, pc.ref);

	out->ref = pc.ref;
	out->alt = pc.alt;
	snprintf(out->change, sizeof(out->change), "p.%c%d%c", pc.ref, out->position, pc.alt);

	if (pc.alt != '*' && out->position == pf->solvent_front)
		out->cls = NTRK_VAR_SOLVENT_FRONT;
	else if (pc.alt != '*' && out->position == pf->gatekeeper)
		out->cls = NTRK_VAR_GATEKEEPER;
	else if (pc.alt != '*' && out->position == pf->xdfg)
		out->cls = NTRK_VAR_XDFG;
	else if (out->position >= pf->kinase_start && out->position <= pf->kinase_end)
		out->cls = NTRK_VAR_KINASE_OTHER;
	else
		out->cls = NTRK_VAR_OUTSIDE_KINASE;
	out->known_resistance = resistance_listed(out->gene, out->position, pc.alt);

	/*
	 * NTRK2 without an accession: G623 and G693 are the UniProt numbers of
	 * the solvent-front and xDFG glycines; say which numbering was used.
	 * (F617 is V617 on NP_006171.2, so that one was rejected above.)
	 */
	if (out->ntrk == 2 && pc.accession[0] == '\0' &&
		(pc.position == 623 || pc.position == 693))
		snprintf(numbering_note, sizeof(numbering_note),
				 " (read on NP_006171.2; if it is numbered on Q16620, it is the %s glycine G%d here: prefix Q16620:)",
				 pc.position == 623 ? "solvent-front" : "xDFG", pc.position + 16);
	ntrk_variant_reason(out, pf, numbering_note);
	return true;
}

