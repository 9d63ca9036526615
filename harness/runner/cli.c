/* cli.c - the one-line usage errors of the udsprobe commands. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>

void usage_error(const char *fmt, const char *arg)
{
    fputs("udsprobe: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(" (udsprobe --help for usage)\n", stderr);
    exit(2);
}
