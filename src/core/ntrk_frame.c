/*
 * ntrk_frame.c
 *		Reading-frame words as callers write them, mapped to NtrkFrame.
 *
 * The words are rows of data/frame_words.tsv (Arriba, STAR-Fusion,
 * cBioPortal, JAFFA, AGFusion spellings, with their sources), generated into
 * knowledge_data.c already compacted: matching ignores case, spaces, '-',
 * '_' and parentheses.  A word not listed is an error, never a silent
 * "unknown".
 *
 * Pure C: no PostgreSQL headers, no allocation, no global state.
 */
#include "ntrk_knowledge.h"

#include <string.h>

#include "knowledge_data.h"
#include "ntrk_ascii.h"

static const char *const frame_names[] = {
	"in_frame", "out_of_frame", "stop_codon", "unknown"
};

/* SQL label of a frame (enum ntrk_reading_frame). */
const char *
ntrk_frame_name(NtrkFrame frame)
{
	return (frame <= NTRK_FRAME_LAST) ? frame_names[frame] : "unknown";
}

static const char frame_hint[] =
"Accepted (any case; spaces, '-' and '_' ignored): in-frame, inframe, TRUE "
"(JAFFA); out-of-frame, frameshift, FALSE; stop-codon; unknown, '.', '-', "
"NA, empty or NULL.";

/*
 * Map a frame word to NtrkFrame by comparing its compacted, lower-cased form
 * with the known words; anything else is an error, never a silent unknown.
 */
bool
ntrk_frame_normalise(const char *s, size_t len, NtrkFrame *out,
					 NtrkKnowledgeError *err)
{
	char		compact[48];
	size_t		n = 0;
	size_t		i;

	*out = NTRK_FRAME_UNKNOWN;
	if (s == NULL)
		return true;
	ntrk_trim(&s, &len);
	if (len > 40)
		return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "reading_frame", frame_hint,
						 "The reading frame is %zu characters long; no accepted word is longer than 40.",
						 len);
	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c == ' ' || c == '\t' || c == '-' || c == '_' || c == '(' || c == ')')
			continue;
		if ((unsigned char) c < 0x20 || (unsigned char) c >= 0x7f)
			return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "reading_frame", frame_hint,
							 "The reading frame contains a byte 0x%02x that no accepted word has.",
							 (unsigned) (unsigned char) c);
		compact[n++] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
	}
	compact[n] = '\0';
	for (i = 0; i < ntrk_n_frame_words; i++)
		if (strcmp(compact, ntrk_frame_words[i].word) == 0)
		{
			*out = ntrk_frame_words[i].frame;
			return true;
		}
	return ntrk_knowledge_fail(err, NTRK_ERR_SYNTAX, "reading_frame", frame_hint,
					 "\"%.*s\" is not a reading-frame word ntrk knows.", (int) len, s);
}

