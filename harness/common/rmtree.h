/* rmtree.h - remove a directory tree without following symlinks. */
#ifndef UDSPROBE_RMTREE_H
#define UDSPROBE_RMTREE_H

/* Remove path and everything below it. Directories whose mode keeps us out
 * are opened up first (a probe may chmod its scratch dir to 0). Returns 0,
 * or -1 with errno set from the first failure. */
int rmtree(const char *path);

#endif
