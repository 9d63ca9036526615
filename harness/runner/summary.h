/* summary.h - the console summary after a run. */
#ifndef UDSPROBE_SUMMARY_H
#define UDSPROBE_SUMMARY_H

#include "report.h"

/* The platform, the counts, every finding, the reports written (written:
 * " path path ..."), and last the line CI systems read. */
void print_summary(const struct run *run, const struct strbuf *written);

#endif
