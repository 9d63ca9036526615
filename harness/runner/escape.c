/*
 * escape.c - text made safe for JSON, XML, Markdown and TAP.
 *
 * Probe output is untrusted: any byte can appear. JSON gets \uXXXX for
 * control characters and bytes above 0x7e (read as Latin-1, so the file is
 * always valid UTF-8); XML gets entities, and "\xNN" for what XML 1.0 cannot
 * hold; Markdown and TAP cells get one printable line.
 */
#include "report.h"

#include <stdio.h>
#include <string.h>

void json_string(struct strbuf *sb, const char *s)
{
    if (s == NULL) {
        sb_puts(sb, "null");
        return;
    }
    sb_putc(sb, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': sb_puts(sb, "\\\""); break;
        case '\\': sb_puts(sb, "\\\\"); break;
        case '\n': sb_puts(sb, "\\n"); break;
        case '\t': sb_puts(sb, "\\t"); break;
        case '\r': sb_puts(sb, "\\r"); break;
        default:
            if (*p < 0x20 || *p > 0x7e)
                sb_printf(sb, "\\u%04x", *p);
            else
                sb_putc(sb, (char)*p);
        }
    }
    sb_putc(sb, '"');
}

void xml_text(struct strbuf *sb, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
        switch (*p) {
        case '&': sb_puts(sb, "&amp;"); break;
        case '<': sb_puts(sb, "&lt;"); break;
        case '>': sb_puts(sb, "&gt;"); break;
        case '"': sb_puts(sb, "&quot;"); break;
        case '\'': sb_puts(sb, "&apos;"); break;
        case '\n': case '\t': sb_putc(sb, (char)*p); break;
        default:
            if (*p < 0x20 || *p > 0x7e)
                sb_printf(sb, "\\x%02x", *p);
            else
                sb_putc(sb, (char)*p);
        }
    }
}

void plain_line(struct strbuf *sb, const char *s, const char *escape_chars)
{
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
        if (*p < 0x20 || *p > 0x7e)
            sb_putc(sb, *p == '\n' || *p == '\t' ? ' ' : '?');
        else if (strchr(escape_chars, *p) != NULL)
            sb_printf(sb, "\\%c", *p);
        else
            sb_putc(sb, (char)*p);
    }
}

/* json_string() writes each byte above 0x7e as the code point of the same
 * number, so what a reader gets back is that code point in UTF-8. */
char *report_read_back(const char *s)
{
    struct strbuf sb;
    sb_init(&sb);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x80) {
            sb_putc(&sb, (char)*p);
        } else {
            sb_putc(&sb, (char)(0xc0 | (*p >> 6)));
            sb_putc(&sb, (char)(0x80 | (*p & 0x3f)));
        }
    }
    return sb_take(&sb);
}
