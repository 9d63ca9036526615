/* strays.h - descendants of probes that left their process group. */
#ifndef UDSPROBE_STRAYS_H
#define UDSPROBE_STRAYS_H

/* Make orphaned descendants of the probes children of the runner (Linux:
 * a child subreaper); nothing elsewhere. */
void strays_adopt(void);
/* Kill and reap every such child (Linux, through /proc); nothing elsewhere. */
void strays_kill(void);

#endif
