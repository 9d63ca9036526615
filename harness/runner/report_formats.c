/* report_formats.c - the table of report formats; a new format is one
 * line here and its writer. */
#include "report.h"

#include <string.h>

const struct report_format report_formats[] = {
    { "json", "json", report_json },
    { "md", "md", report_markdown },
    { "junit", "junit.xml", report_junit },
    { "tap", "tap", report_tap },
};
const int report_format_count = sizeof report_formats / sizeof report_formats[0];

int report_format_find(const char *name)
{
    for (int i = 0; i < report_format_count; i++)
        if (strcmp(report_formats[i].name, name) == 0)
            return i;
    return -1;
}

void report_format_names(struct strbuf *sb, const char *sep)
{
    for (int i = 0; i < report_format_count; i++)
        sb_printf(sb, "%s%s", i ? sep : "", report_formats[i].name);
}
