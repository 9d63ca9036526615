/* util.h - memory, growable strings, time and file helpers for the runner. */
#ifndef UDSPROBE_UTIL_H
#define UDSPROBE_UTIL_H

#include <stdarg.h>
#include <stddef.h>

#if defined(__GNUC__) || defined(__clang__)
#define PRINTF_LIKE(a, b) __attribute__((format(printf, a, b)))
#define NORETURN __attribute__((noreturn))
#else
#define PRINTF_LIKE(a, b)
#define NORETURN
#endif

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) PRINTF_LIKE(1, 2);
/* Print "udsprobe: message" on stderr and exit with status 2. */
NORETURN void die(const char *fmt, ...) PRINTF_LIKE(1, 2);

struct strbuf {
    char *buf;
    size_t len, cap;
};
void sb_init(struct strbuf *sb);
void sb_free(struct strbuf *sb);
void sb_add(struct strbuf *sb, const char *s, size_t n);
void sb_puts(struct strbuf *sb, const char *s);
void sb_putc(struct strbuf *sb, char c);
void sb_printf(struct strbuf *sb, const char *fmt, ...) PRINTF_LIKE(2, 3);
void sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap);
/* Take ownership of the string; sb is reset. */
char *sb_take(struct strbuf *sb);

/* 2*nbytes hex digits of randomness from /dev/urandom into out (which
 * holds 2*nbytes+1), or, where that cannot be read, of the clock and pid. */
void random_hex(char *out, size_t nbytes);

/* Milliseconds on the monotonic clock. */
double now_ms(void);

/* Read a whole file of at most max bytes; NULL with errno set on failure
 * (EFBIG when it is larger). Inputs are untrusted: a --baseline of
 * /dev/zero must fail, not eat the memory. */
char *read_file(const char *path, size_t max, size_t *len);
/* Write data to path through a temporary file in the same directory and a
 * rename, so readers never see a half-written file. 0 or -1 with errno. */
int write_file_atomic(const char *path, const char *data, size_t len);
/* mkdir -p; 0 or -1 with errno. */
int make_dirs(const char *path, int mode);

#endif
