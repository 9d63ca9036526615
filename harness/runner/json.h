/* json.h - a small strict JSON reader, for baseline reports.
 *
 * Hand-written rather than a library because the runner must build with no
 * dependencies inside every target (static musl, -m32, cross sysroots,
 * initramfs). Input is untrusted: nesting depth and the number of values
 * are bounded, and strings must be valid UTF-8. */
#ifndef UDSPROBE_JSON_H
#define UDSPROBE_JSON_H

#include <stddef.h>

enum json_type { J_NULL, J_BOOL, J_NUMBER, J_STRING, J_ARRAY, J_OBJECT };

struct json {
    enum json_type type;
    double number;
    int boolean;
    char *string;           /* J_STRING; NUL-free text (\u0000 is refused) */
    struct json **items;    /* J_ARRAY elements, J_OBJECT values */
    char **keys;            /* J_OBJECT keys */
    size_t n, cap;
};

/* Parse text[0..len). NULL on error, with "line N: message" in err (one
 * line, whatever the input). */
struct json *json_parse(const char *text, size_t len, char *err, size_t errlen);
void json_free(struct json *j);
/* Member of an object, or NULL. */
const struct json *json_get(const struct json *obj, const char *key);
/* The string member, or NULL when absent or not a string. */
const char *json_get_str(const struct json *obj, const char *key);

#endif
