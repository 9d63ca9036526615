/* signames.h - signals by name, for reports and messages. */
#ifndef UDSPROBE_SIGNAMES_H
#define UDSPROBE_SIGNAMES_H

/* A signal's name ("SIGSEGV"), or "signal N" for one without a name here. */
const char *signal_name(int sig);

#endif
