/* main.c - the entry of a probe built as its own executable. */
#include "probe.h"

int main(void)
{
    probe_start();
    probe_main();
    setup_error("probe_main", "returned without reporting a result");
}
