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

Test(json, strings_must_be_valid_utf8)
{
    static const char *const bad[] = {
        "\"\x80\"",         /* lone continuation byte */
        "\"\xc3\"",         /* truncated */
        "\"\xc0\xaf\"",     /* overlong '/' */
        "\"\xe0\x80\xaf\"", /* overlong */
        "\"\xed\xa0\x80\"", /* a surrogate */
        "\"\xf4\x90\x80\x80\"", /* above U+10FFFF */
        "\"\xf5\x80\x80\x80\"",
        "\"\xff\"",
        "{\"k\xfe\": 1}",   /* keys too */
    };
    char err[160];
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cr_assert_null(parse(bad[i], err), "accepted string %zu", i);
        cr_assert_not_null(strstr(err, "invalid UTF-8"), "%s", err);
    }
    struct json *j = parse("\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf\"", err);
    cr_assert_not_null(j, "%s", err);
    cr_assert_str_eq(j->string, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf");
    json_free(j);
}

Test(json, huge_numbers_are_not_errors)
{
    char err[160];
    struct json *j = parse("[1e999, -1e999, 1e-999, 123456789012345678901234567890]", err);
    cr_assert_not_null(j, "%s", err);
    cr_assert(j->items[0]->number > 1e308);
    cr_assert(j->items[1]->number < -1e308);
    json_free(j);
}

Test(json, the_number_of_values_is_bounded)
{
    /* 1,000,001 values: refused, so that a hostile file cannot make the
     * reader take gigabytes */
    size_t n = 1000001, len = 2 * n + 1;
    char *text = malloc(len + 1);
    cr_assert_not_null(text);
    text[0] = '[';
    for (size_t i = 0; i < n; i++) {
        text[1 + 2 * i] = '0';
        text[2 + 2 * i] = i + 1 < n ? ',' : ']';
    }
    text[len] = '\0';
    char err[160];
    cr_assert_null(json_parse(text, len, err, sizeof err));
    cr_assert_not_null(strstr(err, "too many values"), "%s", err);
    /* one fewer value than the limit counts the array itself: accepted */
    text[2 * (n - 2)] = ']';
    struct json *j = json_parse(text, 2 * (n - 2) + 1, err, sizeof err);
    cr_assert_not_null(j, "%s", err);
    cr_assert_eq(j->n, n - 2);
    json_free(j);
    free(text);
}
