/*
 * caller_cbioportal.h
 *		What the free-text columns of a cBioPortal (or AACR GENIE) data_sv.txt
 *		say about an event: the Event_Info vocabulary of MSK's SV annotation,
 *		and the order, exons and transcripts that Comments and Annotation
 *		state.  Used by caller_cbioportal.c; public for the unit tests.
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#ifndef CALLER_CBIOPORTAL_H
#define CALLER_CBIOPORTAL_H

#include <stdbool.h>
#include <stddef.h>

#include "fusion_parse.h"
#include "ntrk_knowledge.h"

/* What an Event_Info value says. */
typedef struct CbioEventInfo
{
	NtrkEvidence evidence;		/* NONE when Event_Info says nothing known */
	bool		bait_first;		/* RNA panel ("A-B fusion - Archer"): the
								 * genes are listed bait first, not 5'->3' */
	bool		has_frame;
	NtrkFrame	frame;
} CbioEventInfo;

/*
 * Read Event_Info: "Protein fusion: in frame|out of frame|mid-exon (A-B)",
 * "Protein Fusion: in frame {A:B}", "Transcript fusion (A-B)", "Antisense
 * Fusion", "A-intragenic", "Deletion/Duplication within transcript",
 * "Deletion of N exons: ...", generic DNA "A-B Fusion", RNA panel "A-B
 * fusion - Archer".
 */
extern void ntrk_cbio_read_event_info(const char *s, size_t len, CbioEventInfo *out);

/*
 * "... fusion between genes X ExonN (NM_...) and Y ExonM (NM_...)" (also
 * without exons or transcripts): the genes in 5'->3' order as approved
 * symbols, and whether the text calls it in frame / out of frame.  False
 * when the phrase is not there.
 */
extern bool ntrk_cbio_fusion_between(const char *s, size_t len, char *gene5,
									 char *gene3, bool *has_frame, NtrkFrame *frame);

/* "includes the kinase domain of Y": Y as an approved symbol, else false. */
extern bool ntrk_cbio_kinase_domain_gene(const char *s, size_t len, char *gene);

/*
 * Exon and transcript a text gives for one gene: "GENE Exon5 (NM_...)",
 * "GENE exon 5", "GENE exons 1 - 5" / "GENE exons 11-17" (is5: the last exon
 * of the range, else the first), "GENE (NM_...)".  exon 0 and tx_len 0 when
 * not given; *tx points into s.
 */
extern bool ntrk_cbio_gene_exon(const char *s, size_t len, const char *gene, bool is5,
								int *exon, const char **tx, size_t *tx_len);

/*
 * The gene a site description names: "Intron of NTRK3(-): 20Kb after exon
 * 14", "Exon 2 of FOXA1(-)", "5-UTR of GRB7(+): 1Kb before coding start";
 * "" for an intergenic "IGR: 134Kb before CDH20(+)" or no gene.
 */
extern void ntrk_cbio_description_gene(const char *s, size_t len, char *gene);

#endif							/* CALLER_CBIOPORTAL_H */
