/*
 * test_generated.c
 *		The generated knowledge is up to date and its data are checked:
 *		src/core/knowledge_data.c and docs/sources.md must be what
 *		tools/gen_knowledge.py writes from data/ (so nobody edits the
 *		generated file by hand or forgets `make generate`), and the generator
 *		must refuse a fact without a followable source.
 *
 * Runs from the top of the tree (test/check.sh and `make unit` do).
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ntrk_knowledge.h"
#include "unit.h"

/* Run a shell command; return its exit status and its output's first line. */
static int
run(const char *cmd, char *line, size_t size)
{
	FILE	   *p = popen(cmd, "r");
	int			status;

	line[0] = '\0';
	if (p == NULL)
		return -1;
	if (fgets(line, (int) size, p) == NULL)
		line[0] = '\0';
	line[strcspn(line, "\n")] = '\0';
	while (fgetc(p) != EOF)
		;
	status = pclose(p);
	return status;
}

/* Copy data/ to a scratch directory, change one file with sed, validate it. */
static int
validate_edited(const char *file, const char *sed_expr, char *line, size_t size)
{
	char		cmd[1024];

	snprintf(cmd, sizeof(cmd),
			 "d=$(mktemp -d) && cp data/*.tsv \"$d\" && sed -i '%s' \"$d/%s\" && "
			 "python3 tools/gen_knowledge.py --validate \"$d\" 2>&1; s=$?; rm -rf \"$d\"; exit $s",
			 sed_expr, file);
	return run(cmd, line, size);
}

int
main(void)
{
	char		line[512];
	int			status;

	status = run("python3 tools/gen_knowledge.py --check 2>&1", line, sizeof(line));
	UNIT_OK(status == 0, "committed generated files match data/ (%s)", line);

	status = run("python3 tools/gen_knowledge.py --validate data 2>&1", line, sizeof(line));
	UNIT_OK(status == 0, "data/ validates");

	status = validate_edited("partners_5prime.tsv", "s/^ETV6\\tNTRK3\\t.*/ETV6\\tNTRK3\\t/",
							 line, sizeof(line));
	UNIT_OK(status != 0 && strstr(line, "empty source") != NULL,
			"a partner row without a source is refused (%s)", line);

	status = validate_edited("frame_words.tsv", "s/^stop-codon\\tstop_codon\\t.*/stop-codon\\tstop_codon\\tproject notes domain.md 2025/",
							 line, sizeof(line));
	UNIT_OK(status != 0 && strstr(line, "outside the repository") != NULL,
			"a source citing a document outside the repository is refused (%s)", line);

	status = validate_edited("frame_words.tsv", "s/^FALSE\\tout_of_frame/Frame-shift\\tin_frame/",
							 line, sizeof(line));
	UNIT_OK(status != 0 && strstr(line, "frameshift") != NULL,
			"two spellings of one frame word with different frames are refused (%s)", line);

	status = validate_edited("resistance.tsv", "s/^NTRK1\\tsubstitution\\tG\\t595\\tR/NTRK1\\tsubstitution\\tA\\t595\\tR/",
							 line, sizeof(line));
	UNIT_OK(status != 0 && strstr(line, "residues.tsv") != NULL,
			"a resistance row whose reference residue contradicts residues.tsv is refused (%s)", line);

	UNIT_OK(strncmp(ntrk_knowledge_source_text(), "ntrk knowledge ", 15) == 0 &&
			strstr(ntrk_knowledge_source_text(), "15 transcripts") != NULL,
			"knowledge version names the digest and table sizes (%s)",
			ntrk_knowledge_source_text());
	return unit_done();
}
