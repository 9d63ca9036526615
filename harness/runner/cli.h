/* cli.h - what the udsprobe commands share. */
#ifndef UDSPROBE_CLI_H
#define UDSPROBE_CLI_H

#include "util.h"

/* "udsprobe: <fmt with arg> (udsprobe --help for usage)" on stderr, exit 2. */
NORETURN void usage_error(const char *fmt, const char *arg);

#endif
