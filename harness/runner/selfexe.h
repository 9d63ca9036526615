/* selfexe.h - where the runner's own executable is. */
#ifndef UDSPROBE_SELFEXE_H
#define UDSPROBE_SELFEXE_H

/* Remember argv[0], for systems without /proc/self/exe. */
void self_exe_init(const char *argv0);
/* The runner's executable with symlinks resolved, or NULL. */
const char *self_exe(void);

#endif
