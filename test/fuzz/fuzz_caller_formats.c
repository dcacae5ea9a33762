/*
 * fuzz_caller_formats.c
 *		libFuzzer harness for the caller and portal file readers: the
 *		delimited-text record/field reader and the per-format call extraction
 *		behind ntrk_load_calls.
 *
 * Input: byte 0 chooses the format (low bits, modulo the number of formats)
 * and whether fields are read with the loader's generous field array or
 * with a tiny one (bit 0x80); the remaining bytes are the file.  The file
 * is read exactly as src/loader.c reads it, and for every record:
 *	- the record lies inside the file, starts on a line >= 1 and spans
 *	  >= 1 lines;
 *	- splitting it with either delimiter and any field limit gives fields
 *	  inside the scratch buffer;
 *	- a call either has a fusion (which prints, re-parses to the same packed
 *	  value, and leaves the error empty) or has an error text, or a note
 *	  saying why the line names no fusion (SQuID non-fusion-gene); its spans
 *	  point into the scratch buffer or the file, and its texts are
 *	  NUL-terminated inside their arrays.
 * The whole file is also given to the cBioPortal orientation helpers.
 *
 * fuzz-sources: caller_reader.c caller_common.c caller_star_fusion.c caller_arriba.c caller_fusioncatcher.c caller_jaffa.c caller_cbioportal.c caller_cbioportal_text.c caller_sample_fusion.c caller_ericscript.c caller_pizzly.c caller_squid.c caller_dragen.c caller_annofuse.c caller_oncokb.c delim_reader.c fusion_parse.c gene_table.c ntrk_text.c knowledge_util.c knowledge_data.c ntrk_transcripts.c ntrk_frame.c ntrk_partners.c fusion_classify.c protein_change.c variant_classify.c patient_state.c genome_build.c call_breakpoints.c breakpoint.c ntrk_exon_data.c fusion_evidence.c
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "caller_formats.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The loader's cap on fields per line (src/loader.c). */
#define LOADER_MAX_FIELDS	65536

/* Abort unless [p, p + len) lies inside [base, base + size]. */
static void
require_inside(const char *p, size_t len, const char *base, size_t size)
{
	if (len == 0)
		return;
	if (p < base || p + len > base + size)
		abort();
}

/* A span must point into the scratch buffer or into the file. */
static void
require_span(NtrkCallSpan s, const char *scratch, size_t scratch_size,
			 const char *file, size_t file_size)
{
	if (s.len == 0)
		return;
	if (s.ptr >= scratch && s.ptr + s.len <= scratch + scratch_size)
		return;
	require_inside(s.ptr, s.len, file, file_size);
}

/* Abort unless buf holds a NUL within size bytes. */
static void
require_terminated(const char *buf, size_t size)
{
	if (memchr(buf, '\0', size) == NULL)
		abort();
}

/* A read fusion must print and re-parse to the same packed bytes. */
static void
check_fusion(const NtrkFusion *f)
{
	char		text[NTRK_FUSION_TEXT_MAX];
	uint8_t		p1[NTRK_FUSION_PACKED_MAX],
				p2[NTRK_FUSION_PACKED_MAX];
	NtrkFusion	g;
	NtrkParseError err;
	size_t		tl = ntrk_fusion_format(f, text);
	size_t		n1,
				n2;

	if (tl >= NTRK_FUSION_TEXT_MAX || strlen(text) != tl)
		abort();
	if (!ntrk_fusion_parse(text, tl, &g, &err))
		abort();
	n1 = ntrk_fusion_pack(f, p1);
	n2 = ntrk_fusion_pack(&g, p2);
	if (n1 != n2 || memcmp(p1, p2, n1) != 0)
		abort();
}

/* Split a record both ways, with a small field limit, into own scratch. */
static void
check_split(const NtrkDelimRecord *rec)
{
	char	   *scratch = malloc(rec->len + 1);
	NtrkDelimField fields[3];
	const char	delims[2] = {'\t', ','};
	int			d;

	for (d = 0; d < 2; d++)
	{
		size_t		n = ntrk_delim_split(rec, delims[d], scratch, fields, 3);
		size_t		i;

		if (n == 0)
			abort();
		for (i = 0; i < n && i < 3; i++)
		{
			const char *p = fields[i].ptr;
			size_t		len = fields[i].len;

			require_inside(p, len, scratch, rec->len + 1);
			ntrk_delim_trim(&p, &len);
			require_inside(p, len, scratch, rec->len + 1);
			(void) ntrk_delim_name_is(&fields[i], "FusionName");
		}
		(void) ntrk_delim_find(fields, n < 3 ? n : 3, "gene1");
	}
	(void) ntrk_delim_sniff(rec);
	(void) ntrk_delim_blank(rec);
	free(scratch);
}

/* Check one call the reader produced. */
static void
check_call(const NtrkCall *call, const char *scratch, size_t scratch_size,
		   const char *file, size_t file_size)
{
	require_terminated(call->error, sizeof(call->error));
	require_terminated(call->note, sizeof(call->note));
	require_terminated(call->breakpoint5, sizeof(call->breakpoint5));
	require_terminated(call->breakpoint3, sizeof(call->breakpoint3));
	require_span(call->sample, scratch, scratch_size, file, file_size);
	require_span(call->method, scratch, scratch_size, file, file_size);
	require_span(call->transcript5, scratch, scratch_size, file, file_size);
	require_span(call->transcript3, scratch, scratch_size, file, file_size);
	if (call->has_fusion)
	{
		if (call->error[0] != '\0')
			abort();
		check_fusion(&call->fusion);
	}
	else if (call->error[0] == '\0' && call->note[0] == '\0')
		abort();				/* no fusion: an error, or a note saying why */
	if (call->evidence > NTRK_EV_LAST)
		abort();
	if (call->has_frame && call->frame > NTRK_FRAME_LAST)
		abort();
	if (call->split_reads < -1 || call->spanning_reads < -1)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	NtrkCallFormat format;
	bool		tiny;
	char	   *file;
	size_t		len;
	NtrkCallReader reader;
	NtrkDelimRecord rec;
	NtrkCall	call;
	long		last_line = 0;

	if (size == 0)
		return 0;
	format = (NtrkCallFormat) ((data[0] & 0x7f) % (NTRK_FMT_LAST + 1));
	tiny = (data[0] & 0x80) != 0;
	len = size - 1;
	file = malloc(len ? len : 1);
	if (len)
		memcpy(file, data + 1, len);

	ntrk_call_reader_init(&reader, file, len, format);
	while (ntrk_call_reader_next(&reader, &rec))
	{
		size_t		nf = tiny ? 2 : (rec.len + 1 < LOADER_MAX_FIELDS ? rec.len + 1 : LOADER_MAX_FIELDS);
		char	   *scratch = malloc(rec.len + 1);
		NtrkDelimField *fields = malloc(nf * sizeof(*fields));
		NtrkCallStep step;

		require_inside(rec.text, rec.len, file, len);
		if (rec.line_number < 1 || rec.n_lines < 1 || rec.line_number <= last_line)
			abort();
		last_line = rec.line_number;
		check_split(&rec);
		step = ntrk_call_reader_feed(&reader, &rec, scratch, fields, nf, &call);
		if (step == NTRK_CALL_ROW)
			check_call(&call, scratch, rec.len + 1, file, len);
		else if (step != NTRK_CALL_SKIP && step != NTRK_CALL_UNDETECTED)
			abort();
		free(fields);
		free(scratch);
		if (step == NTRK_CALL_UNDETECTED)
		{
			/* the loader raises an error naming these columns */
			require_terminated(reader.columns_seen, sizeof(reader.columns_seen));
			break;
		}
	}

	(void) ntrk_call_order_from_text(file, len, "ETV6", "NTRK3");
	(void) ntrk_call_order_from_connection(file, len);
	(void) ntrk_call_format_lookup(file, len, &format);
	free(file);
	return 0;
}
