/*
 * open.c - opening files: open and fopen see only the errno perturbations,
 * and proc_altered makes every number read from /proc one larger.
 */
#include "perturb.h"

#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int open(const char *path, int flags, ...)
{
    mode_t perm = 0;
    va_list ap;
    va_start(ap, flags);
#ifdef O_TMPFILE
    if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE)
#else
    if (flags & O_CREAT)
#endif
        perm = (mode_t)va_arg(ap, int);
    va_end(ap);
    NEED(open, -1);
    int fd = real_open(path, flags, perm);
    if (mode == M_OFF || fd >= 0)
        return fd;
    failure_succeeds();
    return -1;
}

/* proc_altered: the file's text with every decimal number one larger, as a
 * memory stream; NULL (and the real file is used) when that fails. */
static FILE *altered_copy(FILE *real)
{
    char text[65536];
    size_t n = fread(text, 1, sizeof text - 1, real);
    text[n] = '\0';
    size_t cap = 2 * n + 2, k = 0;
    char *out = malloc(cap);
    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < n;) {
        if (text[i] < '0' || text[i] > '9') {
            out[k++] = text[i++];
            continue;
        }
        size_t end = i;
        while (end < n && text[end] >= '0' && text[end] <= '9')
            end++;
        /* Add one to the digits text[i..end), carrying from the right. */
        size_t len = end - i, j = len;
        char digits[64];
        if (len >= sizeof digits) {
            memcpy(out + k, text + i, len);
            k += len;
            i = end;
            continue;
        }
        memcpy(digits, text + i, len);
        while (j > 0 && digits[j - 1] == '9')
            digits[--j] = '0';
        if (j > 0)
            digits[j - 1]++;
        else
            out[k++] = '1';
        memcpy(out + k, digits, len);
        k += len;
        i = end;
    }
    FILE *mem = fmemopen(NULL, k + 1, "w+");
    if (mem != NULL && (fwrite(out, 1, k, mem) != k || fseek(mem, 0, SEEK_SET) != 0)) {
        fclose(mem);
        mem = NULL;
    }
    free(out);
    return mem;
}

FILE *fopen(const char *path, const char *how)
{
    NEED(fopen, NULL);
    FILE *f = real_fopen(path, how);
    if (mode == M_OFF)
        return f;
    if (f == NULL) {
        failure_succeeds();
        return NULL;
    }
    if (mode == M_PROC_ALTERED && strncmp(path, "/proc/", 6) == 0 && strcmp(how, "r") == 0) {
        FILE *mem = altered_copy(f);
        if (mem != NULL) {
            fclose(f);
            return mem;
        }
        rewind(f);
    }
    return f;
}
