/* test_json.c - the strict JSON reader used for --baseline. */
#include <criterion/criterion.h>
#include <string.h>

#include "runner/json.h"

static struct json *parse(const char *s, char *err)
{
    return json_parse(s, strlen(s), err, 160);
}

Test(json, reads_objects_arrays_and_escapes)
{
    char err[160];
    struct json *j = parse("{\"a\": [1, -2.5e3, true, false, null], \"s\": \"x\\u00e9\\n\\ud83d\\ude00\"}", err);
    cr_assert_not_null(j, "%s", err);
    const struct json *a = json_get(j, "a");
    cr_assert_eq(a->type, J_ARRAY);
    cr_assert_eq(a->n, 5);
    cr_assert_eq(a->items[1]->number, -2500);
    cr_assert_eq(a->items[2]->boolean, 1);
    cr_assert_eq(a->items[3]->boolean, 0);
    cr_assert_eq(a->items[4]->type, J_NULL);
    cr_assert_str_eq(json_get_str(j, "s"), "x\xc3\xa9\n\xf0\x9f\x98\x80");
    cr_assert_null(json_get(j, "missing"));
    json_free(j);
}

Test(json, rejects_malformed_input_with_a_line)
{
    static const char *const bad[] = {
        "", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "[1 2]", "\"abc", "\"a\x01\"",
        "\"\\x\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "01", "1.", "-", "+1",
        "tru", "nul", "[1] 2", "{1: 2}", "\"\\u12\"",
    };
    char err[160];
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct json *j = parse(bad[i], err);
        cr_assert_null(j, "accepted: %s", bad[i]);
        cr_assert(strncmp(err, "line ", 5) == 0, "%s", err);
    }
    struct json *j = parse("[\n1,\n}", err);
    cr_assert_null(j);
    cr_assert(strncmp(err, "line 3:", 7) == 0, "%s", err);
}

Test(json, bounds_nesting)
{
    char deep[300];
    memset(deep, '[', 200);
    deep[200] = '\0';
    char err[160];
    cr_assert_null(parse(deep, err));
    cr_assert_not_null(strstr(err, "nested too deeply"), "%s", err);
}
