/* runner_cli.h - run the real udsprobe binary from a Criterion test.
 *
 * The runner is the one built beside the fixtures (<B>/udsprobe; FIXTURE_DIR
 * is <B>/tests/fixtures). Each test gets a private work dir holding its
 * TMPDIR, a probe dir where catalog IDs are copies of fixture binaries, an
 * empty expectation file and the output dir. Nothing goes through a shell. */
#ifndef UDSPROBE_TEST_RUNNER_CLI_H
#define UDSPROBE_TEST_RUNNER_CLI_H

#include <sys/types.h>

#include "runner/json.h"

struct work {
    char root[64];      /* /tmp/udsprobe-cli-XXXXXX, 0711 */
    char tmpdir[96];    /* root/t: TMPDIR for the runner */
    char probes[96];    /* root/p: --probes */
    char out[96];       /* root/o: -o */
    char expect[96];    /* root/empty.exp: --expect */
    char log[96];       /* root/stderr: the runner's stderr */
    char outlog[96];    /* root/stdout: the runner's stdout */
    int stderr_fd;      /* -1, or the runner's stderr instead of log */
    const char *cwd;    /* NULL, or the directory the runner starts in */
    const char *runner; /* NULL (runner_path()), or another runner binary */
};

void work_init(struct work *w);
/* Remove the work dir. */
void work_fini(struct work *w);
/* The suites' .fini: removes the last work dir even when a failed
 * assertion ended the test before its work_fini. */
void work_cleanup(void);

/* The path of the runner binary. */
const char *runner_path(void);
/* The i-th catalog ID (in catalog order) of a probe that needs nothing. */
const char *plain_id(int i);
/* Make probe ID `id` in w->probes a copy of fixture `fixture`. */
void install_fixture(struct work *w, const char *id, const char *fixture);

/* Start the runner (w->runner, or runner_path()) with args (NULL-terminated,
 * without argv[0]) in w->cwd (or the test's own directory); TMPDIR is
 * tmpdir (or unset when NULL), stdout goes to w->outlog and stderr to
 * w->log (or w->stderr_fd). Returns the pid. */
pid_t runner_start(struct work *w, const char *tmpdir, const char *const *args);
/* Wait at most ms for pid: its exit code, 128+signal, or -1 after a
 * timeout (the runner is then killed). */
int runner_wait(pid_t pid, int ms);
/* runner_start and runner_wait with a 60 s limit. */
int runner_run(struct work *w, const char *tmpdir, const char *const *args);

/* The runner's stderr so far (a static buffer). */
const char *runner_stderr(struct work *w);
/* The runner's stdout so far (another static buffer). */
const char *runner_stdout(struct work *w);
/* The last line of the runner's stdout, without its newline (static). */
const char *runner_last_line(struct work *w);
/* Copy the runner binary to path (its directories made), mode 0755. */
void copy_runner(const char *path);
/* Entries in a directory, not counting . and .. */
int count_entries(const char *dir);
/* Processes whose executable lies under dir (Linux; 0 elsewhere). */
int processes_under(const char *dir);
/* The text of report file name ("host.md") in w->out, asserting it can be
 * read; freed by the caller. */
char *report_text(struct work *w, const char *name);
/* Parse w->out/host.json; asserts it is valid JSON. */
struct json *read_report(struct work *w);
/* The report entry for probe id, asserting it exists. */
const struct json *report_probe(const struct json *doc, const char *id);

#endif
