/* runner_cli.c - see runner_cli.h. Holds no tests. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runner_cli.h"
#include "common/rmtree.h"
#include "runner/catalog.h"
#include "runner/util.h"

#ifndef FIXTURE_DIR
#error "FIXTURE_DIR must name the built fixture probes"
#endif

extern char **environ;

/* The work dir of the running test (each test runs in its own process). */
static char current_root[64];

void work_init(struct work *w)
{
    snprintf(w->root, sizeof w->root, "/tmp/udsprobe-cli-XXXXXX");
    cr_assert_not_null(mkdtemp(w->root));
    /* like /tmp: a dropped identity may pass through, nobody may list */
    snprintf(current_root, sizeof current_root, "%s", w->root);
    cr_assert_eq(chmod(w->root, 0711), 0);
    snprintf(w->tmpdir, sizeof w->tmpdir, "%s/t", w->root);
    snprintf(w->probes, sizeof w->probes, "%s/p", w->root);
    snprintf(w->out, sizeof w->out, "%s/o", w->root);
    snprintf(w->expect, sizeof w->expect, "%s/empty.exp", w->root);
    snprintf(w->log, sizeof w->log, "%s/stderr", w->root);
    snprintf(w->outlog, sizeof w->outlog, "%s/stdout", w->root);
    w->cwd = NULL;
    w->runner = NULL;
    cr_assert_eq(mkdir(w->tmpdir, 0711), 0);
    cr_assert_eq(mkdir(w->probes, 0755), 0);
    cr_assert_eq(write_file_atomic(w->expect, "", 0), 0);
    w->stderr_fd = -1;
}

void work_fini(struct work *w)
{
    rmtree(w->root);
    current_root[0] = '\0';
}

void work_cleanup(void)
{
    if (current_root[0] != '\0')
        rmtree(current_root);
    current_root[0] = '\0';
}

const char *runner_path(void)
{
    static char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/../../udsprobe", FIXTURE_DIR);
    return path;
}

const char *plain_id(int i)
{
    for (int k = 0; k < catalog_size; k++)
        if (strcmp(catalog[k].needs, "none") == 0 && i-- == 0)
            return catalog[k].id;
    cr_assert_fail("the catalog has too few probes that need nothing");
    return NULL;
}

/* Copy executable src to dst, making dst's directories. */
static void copy_executable(const char *src, const char *dst_path)
{
    char dst[PATH_MAX];
    snprintf(dst, sizeof dst, "%s", dst_path);
    char *slash = strrchr(dst, '/');
    *slash = '\0';
    cr_assert_eq(make_dirs(dst, 0755), 0, "%s: %s", dst, strerror(errno));
    *slash = '/';
    size_t len;
    char *bin = read_file(src, 64 * 1024 * 1024, &len);
    cr_assert_not_null(bin, "%s: %s", src, strerror(errno));
    cr_assert_eq(write_file_atomic(dst, bin, len), 0);
    cr_assert_eq(chmod(dst, 0755), 0);
    free(bin);
}

void install_fixture(struct work *w, const char *id, const char *fixture)
{
    char src[PATH_MAX], dst[PATH_MAX];
    snprintf(src, sizeof src, "%s/%s", FIXTURE_DIR, fixture);
    snprintf(dst, sizeof dst, "%s/%s", w->probes, id);
    /* A copy, not a link: processes_under finds what this test started. */
    copy_executable(src, dst);
}

void copy_runner(const char *path)
{
    copy_executable(runner_path(), path);
}

/* environ without TMPDIR and UDSPROBE_*, plus TMPDIR=tmpdir. */
static char **child_env(const char *tmpdir)
{
    size_t n = 0;
    while (environ[n] != NULL)
        n++;
    char **env = xcalloc(n + 2, sizeof *env);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (strncmp(environ[i], "TMPDIR=", 7) != 0 && strncmp(environ[i], "UDSPROBE_", 9) != 0)
            env[k++] = environ[i];
    if (tmpdir != NULL)
        env[k++] = xasprintf("TMPDIR=%s", tmpdir);
    return env;
}

pid_t runner_start(struct work *w, const char *tmpdir, const char *const *args)
{
    size_t n = 0;
    while (args[n] != NULL)
        n++;
    char **argv = xcalloc(n + 2, sizeof *argv);
    argv[0] = (char *)(w->runner != NULL ? w->runner : runner_path());
    for (size_t i = 0; i < n; i++)
        argv[i + 1] = (char *)args[i];
    char **env = child_env(tmpdir);
    int err = w->stderr_fd >= 0 ? fcntl(w->stderr_fd, F_DUPFD_CLOEXEC, 3)
                                : open(w->log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    int null = open("/dev/null", O_RDWR | O_CLOEXEC);
    int out = open(w->outlog, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    cr_assert(err >= 0 && null >= 0 && out >= 0);
    fflush(NULL);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        /* its own group, so a test's signal reaches only the runner */
        setpgid(0, 0);
        if (dup2(null, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(126);
        if (w->cwd != NULL && chdir(w->cwd) < 0)
            _exit(125);
        execve(argv[0], argv, env);
        _exit(127);
    }
    close(err);
    close(null);
    close(out);
    free(argv);
    if (tmpdir != NULL) {
        for (size_t i = 0; env[i] != NULL; i++)
            if (strncmp(env[i], "TMPDIR=", 7) == 0)
                free(env[i]);
    }
    free(env);
    return pid;
}

int runner_wait(pid_t pid, int ms)
{
    int status;
    for (int waited = 0; waited <= ms; waited += 10) {
        pid_t got = waitpid(pid, &status, WNOHANG);
        cr_assert_geq(got, 0);
        if (got == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        poll(NULL, 0, 10);
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return -1;
}

int runner_run(struct work *w, const char *tmpdir, const char *const *args)
{
    return runner_wait(runner_start(w, tmpdir, args), 60000);
}

/* The start of a file (up to size - 1 bytes) into buf. */
static const char *file_head(const char *path, char *buf, size_t size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    ssize_t n = fd >= 0 ? read(fd, buf, size - 1) : -1;
    if (fd >= 0)
        close(fd);
    buf[n > 0 ? n : 0] = '\0';
    return buf;
}

const char *runner_stderr(struct work *w)
{
    static char buf[16384];
    return file_head(w->log, buf, sizeof buf);
}

const char *runner_stdout(struct work *w)
{
    static char buf[65536];
    return file_head(w->outlog, buf, sizeof buf);
}

const char *runner_last_line(struct work *w)
{
    static char line[1024];
    const char *out = runner_stdout(w);
    size_t len = strlen(out);
    if (len > 0 && out[len - 1] == '\n')
        len--;
    size_t start = len;
    while (start > 0 && out[start - 1] != '\n')
        start--;
    snprintf(line, sizeof line, "%.*s", (int)(len - start), out + start);
    return line;
}

int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

int processes_under(const char *dir)
{
    int n = 0;
#ifdef __linux__
    DIR *d = opendir("/proc");
    cr_assert_not_null(d);
    size_t len = strlen(dir);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char link[320], exe[PATH_MAX];
        if (e->d_name[0] < '0' || e->d_name[0] > '9')
            continue;
        snprintf(link, sizeof link, "/proc/%s/exe", e->d_name);
        ssize_t k = readlink(link, exe, sizeof exe - 1);
        if (k <= 0)
            continue;
        exe[k] = '\0';
        n += strncmp(exe, dir, len) == 0 && exe[len] == '/';
    }
    closedir(d);
#else
    (void)dir;
#endif
    return n;
}

/* The text of w->out/name, its length in *len (when len is not NULL). */
static char *out_file(struct work *w, const char *name, size_t *len)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", w->out, name);
    char *text = read_file(path, 64 * 1024 * 1024, len);
    cr_assert_not_null(text, "%s: %s", path, strerror(errno));
    return text;
}

char *report_text(struct work *w, const char *name)
{
    return out_file(w, name, NULL);
}

struct json *read_report(struct work *w)
{
    char err[160];
    size_t len;
    char *text = out_file(w, "host.json", &len);
    struct json *doc = json_parse(text, len, err, sizeof err);
    cr_assert_not_null(doc, "%s/host.json is not valid JSON: %s", w->out, err);
    free(text);
    return doc;
}

const struct json *report_probe(const struct json *doc, const char *id)
{
    const struct json *probes = json_get(doc, "probes");
    cr_assert(probes != NULL && probes->type == J_ARRAY);
    for (size_t i = 0; i < probes->n; i++) {
        const char *pid = json_get_str(probes->items[i], "id");
        if (pid != NULL && strcmp(pid, id) == 0)
            return probes->items[i];
    }
    cr_assert_fail("no report entry for %s", id);
    return NULL;
}
