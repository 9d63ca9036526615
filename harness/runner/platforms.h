/* platforms.h - the expectation directory, and the OSes it has files for. */
#ifndef UDSPROBE_PLATFORMS_H
#define UDSPROBE_PLATFORMS_H

/* The expectation directory: opt (--platforms DIR), else
 * UDSPROBE_PLATFORMS (a directory named either way must exist), else
 * ./platforms, else the platforms/ of the checkout the runner binary lies
 * in. NULL when there is none. */
const char *platforms_dir(const char *opt);
/* Where platforms_dir looked when it found nothing, for messages. */
const char *platforms_searched(void);
/* The OSes of dir: every <os>.exp in it, sorted, as a NULL-terminated
 * array that platform_names_free frees. */
char **platform_names(const char *dir);
void platform_names_free(char **names);

#endif
