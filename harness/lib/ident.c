/* ident.c - who the probe runs as, and switching identity in children. */
#include "probe.h"

#include <grp.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>

int is_root(void)
{
    return geteuid() == 0;
}

void require_unprivileged(void)
{
    if (is_root())
        not_applicable("needs an unprivileged identity; the harness drops root for this probe");
}

void require_root(void)
{
    if (!is_root())
        not_applicable("needs root");
}

/* UDSPROBE_IDS="uid:gid,uid:gid" names the two identities; the defaults are
 * the conventional nobody/nogroup and the id just below it. */
void require_two_identities(struct identity *a, struct identity *b)
{
    if (!is_root())
        not_applicable("needs root to act as two distinct unprivileged identities");
    unsigned long ua = 65534, ga = 65534, ub = 65533, gb = 65533;
    const char *ids = getenv("UDSPROBE_IDS");
    if (ids != NULL && sscanf(ids, "%lu:%lu,%lu:%lu", &ua, &ga, &ub, &gb) != 4)
        setup_error("UDSPROBE_IDS", "expected uid:gid,uid:gid, got \"%s\"", ids);
    if (ua == 0 || ub == 0 || ua == ub)
        setup_error("UDSPROBE_IDS", "identities must be distinct and not root");
    a->uid = (uid_t)ua;
    a->gid = (gid_t)ga;
    b->uid = (uid_t)ub;
    b->gid = (gid_t)gb;
}

int become(const struct identity *id)
{
    if (setgroups(0, NULL) < 0 || setgid(id->gid) < 0 || setuid(id->uid) < 0)
        return -1;
    return 0;
}

void enter_shared_dir(const char *name)
{
    CHECK(mkdir(name, 0700));
    CHECK(chmod(name, 0777)); /* explicit: mkdir's mode is cut by the umask */
    CHECK(chdir(name));
}
