/* run_options.c - the command line of `udsprobe run`, checked. */
#include "cli.h"
#include "cmd_run.h"

#include <getopt.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct option longopts[] = {
    { "jobs", required_argument, NULL, 'j' },
    { "timeout", required_argument, NULL, 't' },
    { "output", required_argument, NULL, 'o' },
    { "format", required_argument, NULL, 'f' },
    { "target", required_argument, NULL, 'T' },
    { "expect", required_argument, NULL, 'E' },
    { "platforms", required_argument, NULL, 'P' },
    { "probes", required_argument, NULL, 'D' },
    { "multicall", required_argument, NULL, 'M' },
    { "emulated", required_argument, NULL, 'e' },
    { "exec-via", required_argument, NULL, 'X' },
    { "user", required_argument, NULL, 'u' },
    { "strict", no_argument, NULL, 's' },
    { "baseline", required_argument, NULL, 'b' },
    { "verbose", no_argument, NULL, 'v' },
    { "quiet", no_argument, NULL, 'q' },
    { NULL, 0, NULL, 0 },
};

static void defaults(struct run_options *opt)
{
    memset(opt, 0, sizeof *opt);
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    opt->jobs = ncpu > 0 ? (int)ncpu : 1;
    opt->timeout = 10;
    opt->outdir = "reports";
    opt->target = "host";
    opt->emulated = "";
    opt->formats = (1u << report_format_count) - 1; /* all */
    opt->progress.tty = isatty(2);
    struct passwd *pw = getpwnam("nobody");
    opt->drop_uid = pw != NULL ? pw->pw_uid : 65534;
    opt->drop_gid = pw != NULL ? pw->pw_gid : 65534;
}

static int parse_jobs(const char *s)
{
    char *end;
    long jobs = strtol(s, &end, 10);
    if (*end || jobs < 1 || jobs > 256)
        usage_error("--jobs wants a number from 1 to 256, not '%s'", s);
    return (int)jobs;
}

static double parse_timeout(const char *s)
{
    char *end;
    double timeout = strtod(s, &end);
    if (*end || !(timeout > 0 && timeout <= 3600))
        usage_error("--timeout wants seconds (0 < SEC <= 3600), not '%s'", s);
    return timeout;
}

/* The target names the report files: a plain file name. */
static const char *parse_target(const char *s)
{
    for (const char *p = s; *p; p++)
        if (!(*p == '-' || *p == '_' || *p == '.' || (*p >= '0' && *p <= '9') ||
              (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            usage_error("--target wants [A-Za-z0-9._-], not '%s'", s);
    if (!*s || *s == '.')
        usage_error("--target wants a name, not '%s'", s);
    if (strlen(s) > 63)
        usage_error("--target wants at most 63 characters, not '%s'", s);
    return s;
}

static unsigned parse_formats(const char *list)
{
    unsigned want = 0;
    char *copy = xstrdup(list);
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
        int i = report_format_find(tok);
        if (i < 0) {
            struct strbuf msg;
            sb_init(&msg);
            sb_printf(&msg, "unknown report format '%%s' (");
            report_format_names(&msg, ", ");
            sb_puts(&msg, ")");
            usage_error(msg.buf, tok);
        }
        want |= 1u << i;
    }
    free(copy);
    return want;
}

static void parse_identity(const char *s, uid_t *uid, gid_t *gid)
{
    unsigned long u, g;
    char extra;
    if (sscanf(s, "%lu:%lu%c", &u, &g, &extra) != 2 || u == 0)
        usage_error("--user wants UID:GID of an unprivileged identity, not '%s'", s);
    *uid = (uid_t)u;
    *gid = (gid_t)g;
}

NORETURN static void bad_option(int c, char **argv)
{
    if (c == ':')
        usage_error("option '%s' needs a value", argv[optind - 1]);
    if (optopt != 0) {
        char opt[3] = { '-', (char)optopt, '\0' };
        usage_error("unknown option '%s'", opt);
    }
    usage_error("unknown option '%s'", argv[optind - 1]);
}

/* One option into opt; 0, or -1 for one this command does not take. */
static int take_option(struct run_options *opt, int c, const char *arg)
{
    switch (c) {
    case 'j': opt->jobs = parse_jobs(arg); break;
    case 't': opt->timeout = parse_timeout(arg); break;
    case 'o': opt->outdir = arg; break;
    case 'f': opt->formats_arg = arg; break;
    case 'T': opt->target = parse_target(arg); break;
    case 'E': opt->expect_path = arg; break;
    case 'P': opt->platforms = arg; break;
    case 'D': opt->probe_dir = arg; break;
    case 'M': opt->multicall = arg; break;
    case 'e': opt->emulated = arg; break;
    case 'X': opt->exec_via = arg; break;
    case 'u': parse_identity(arg, &opt->drop_uid, &opt->drop_gid); break;
    case 's': opt->strict = 1; break;
    case 'b': opt->baseline = arg; break;
    case 'v': opt->progress.verbose = 1; break;
    case 'q': opt->progress.quiet = 1; break;
    default: return -1;
    }
    return 0;
}

void run_parse(struct run_options *opt, int argc, char **argv)
{
    defaults(opt);
    optind = 1;
    opterr = 0; /* our own one-line messages */
    int c;
    while ((c = getopt_long(argc, argv, ":j:t:o:f:vq", longopts, NULL)) != -1)
        if (take_option(opt, c, optarg) < 0)
            bad_option(c, argv);
    if (opt->formats_arg != NULL)
        opt->formats = parse_formats(opt->formats_arg);
    opt->args = argv + optind;
    opt->nargs = argc - optind;
}
