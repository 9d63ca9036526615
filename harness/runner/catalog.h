/* catalog.h - what the runner knows of each probe, generated at build time
 * from the probes' header comments (harness/mkcatalog.awk). */
#ifndef UDSPROBE_CATALOG_H
#define UDSPROBE_CATALOG_H

struct catalog_entry {
    const char *id;       /* "addressing/sun_path_size", or ".../name.stream" */
    const char *area;     /* "addressing" */
    const char *source;   /* "cases/addressing/sun_path_size.c" */
    const char *needs;    /* none, unprivileged, root, two-identities */
    const char *semantic; /* the first paragraph of the header comment */
    const char *notes;    /* later paragraphs, '\n' between them */
    const char *covers;   /* "ADDR-02, LIM-02" */
    const char *cites;    /* "linux: ...\nfreebsd: ..." */
};

extern const struct catalog_entry catalog[];
extern const int catalog_size;

const struct catalog_entry *catalog_find(const char *id);

#endif
