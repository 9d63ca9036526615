/* test_expect.c - the expectation parser, including malformed input. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "runner/expect.h"

static int known(const char *id)
{
    return strncmp(id, "gone/", 5) != 0;
}

static int parse(const char *text, struct expect_set *set, struct strbuf *err)
{
    sb_init(err);
    return expect_parse(set, "t.exp", text, known, err);
}

/* Parsing must fail with exactly this one-line message. */
static void expect_error(const char *text, const char *message)
{
    struct expect_set set;
    struct strbuf err;
    cr_assert_eq(parse(text, &set, &err), -1, "accepted: %s", text);
    cr_assert_str_eq(err.buf, message);
    cr_assert_eq(set.n, 0);
    cr_assert_null(strchr(err.buf, '\n'), "error is one line");
    sb_free(&err);
}

Test(expect, parses_values_class_citation)
{
    struct expect_set set;
    struct strbuf err;
    cr_assert_eq(parse("# c\n\n  a/b  EAGAIN EWOULDBLOCK  doc: connect(2) ERRORS  \n", &set, &err), 0,
                 "%s", err.buf);
    cr_assert_eq(set.n, 1);
    const struct expectation *e = &set.items[0];
    cr_assert_str_eq(e->id, "a/b");
    cr_assert_eq(e->nvalues, 2);
    cr_assert_str_eq(e->values[1], "EWOULDBLOCK");
    cr_assert_eq(e->cls, EXPECT_DOC);
    cr_assert_str_eq(e->citation, "connect(2) ERRORS");
    cr_assert_eq(e->line, 3);
    cr_assert(expect_matches(e, "EAGAIN"));
    cr_assert(!expect_matches(e, "EAGAI"));
    expect_free(&set);
    sb_free(&err);
}

Test(expect, release_conditions_select_lines)
{
    struct expect_set set;
    struct strbuf err;
    const char *text =
        "oob/send EOPNOTSUPP doc: unix(7) NOTES\n"
        "oob/send @>=5.15 ok src: af_unix.c\n"
        "oob/send @<5.15 EOPNOTSUPP src: older af_unix.c\n"
        "x/y.stream @>=6.5 @<6.16 yes src: sock.c\n";
    cr_assert_eq(parse(text, &set, &err), 0, "%s", err.buf);
    int v618[3] = { 6, 18, 44 }, v61[3] = { 6, 1, 0 }, v514[3] = { 5, 14, 99 };
    int v515[3] = { 5, 15, 0 }, v616[3] = { 6, 16, 0 };
    cr_assert_str_eq(expect_find(&set, "oob/send", EXPECT_SRC, v618)->values[0], "ok");
    cr_assert_str_eq(expect_find(&set, "oob/send", EXPECT_SRC, v515)->values[0], "ok");
    cr_assert_str_eq(expect_find(&set, "oob/send", EXPECT_SRC, v514)->values[0], "EOPNOTSUPP");
    cr_assert_not_null(expect_find(&set, "oob/send", EXPECT_DOC, v61));
    cr_assert_null(expect_find(&set, "x/y.stream", EXPECT_SRC, v61));
    cr_assert_null(expect_find(&set, "x/y.stream", EXPECT_SRC, v618));
    int v610[3] = { 6, 10, 0 };
    cr_assert_not_null(expect_find(&set, "x/y.stream", EXPECT_SRC, v610));
    cr_assert_null(expect_find(&set, "x/y.stream", EXPECT_SRC, v616));
    cr_assert_null(expect_find(&set, "oob/send", EXPECT_SRC, NULL), "no release: no conditional line");
    expect_free(&set);
    sb_free(&err);
}

Test(expect, release_parse)
{
    int v[3];
    cr_assert_eq(release_parse("6.18.44-fc-v669", v), 0);
    cr_assert(v[0] == 6 && v[1] == 18 && v[2] == 44);
    cr_assert_eq(release_parse("6.1.0-56-amd64", v), 0);
    cr_assert(v[0] == 6 && v[1] == 1 && v[2] == 0);
    cr_assert_eq(release_parse("14.3-RELEASE", v), 0);
    cr_assert(v[0] == 14 && v[1] == 3 && v[2] == 0);
    cr_assert_eq(release_parse("abc", v), -1);
    cr_assert_eq(release_parse("", v), -1);
}

Test(expect, malformed_lines_name_file_and_line)
{
    expect_error("a/b 1 doc: x\nBad/ID 1 doc: x\n", "t.exp:2: malformed probe ID (want area/name or area/name.type in [a-z0-9_])");
    expect_error("a/b doc: x\n", "t.exp:1: no value");
    expect_error("a/b 1 2 3\n", "t.exp:1: no class (doc: or src:) after the values");
    expect_error("a/b 1 doc:\n", "t.exp:1: no citation after the class");
    expect_error("a/b 1 doc:    \n", "t.exp:1: no citation after the class");
    expect_error("a/b 1 maybe: x\n", "t.exp:1: unknown class (want doc: or src:)");
    expect_error("a/b @>=x 1 doc: x\n", "t.exp:1: malformed release condition (want @>=a.b.c or @<a.b.c before the values)");
    expect_error("a/b 1 @<5 doc: x\n", "t.exp:1: malformed release condition (want @>=a.b.c or @<a.b.c before the values)");
    expect_error("a/b @<=5 1 doc: x\n", "t.exp:1: malformed release condition (want @>=a.b.c or @<a.b.c before the values)");
    expect_error("a/b @>=1 @>=2 @>=3 1 doc: x\n", "t.exp:1: malformed release condition (want @>=a.b.c or @<a.b.c before the values)");
    expect_error("gone/probe 1 doc: x\n", "t.exp:1: no probe has this ID");
    expect_error("a/b 1 doc: x\na/b 2 doc: y\n", "t.exp:2: a doc line for a/b already applies to these releases (line 1)");
    expect_error("a/b @>=5 1 src: x\na/b @>=6 2 src: y\n", "t.exp:2: a src line for a/b already applies to these releases (line 1)");
    expect_error("a/b 1 doc: x\x01y\n", "t.exp:1: control character in line");
    expect_error("a/b.c. 1 doc: x\n", "t.exp:1: malformed probe ID (want area/name or area/name.type in [a-z0-9_])");
    expect_error("a//b 1 doc: x\n", "t.exp:1: malformed probe ID (want area/name or area/name.type in [a-z0-9_])");
    expect_error("/b 1 doc: x\n", "t.exp:1: malformed probe ID (want area/name or area/name.type in [a-z0-9_])");
}

Test(expect, disjoint_ranges_and_classes_coexist)
{
    struct expect_set set;
    struct strbuf err;
    cr_assert_eq(parse("a/b @<5.15 1 src: x\na/b @>=5.15 2 src: y\na/b 3 doc: z\n", &set, &err), 0,
                 "%s", err.buf);
    cr_assert_eq(set.n, 3);
    expect_free(&set);
    sb_free(&err);
}

Test(expect, missing_file_and_nul_byte)
{
    struct expect_set set;
    struct strbuf err;
    sb_init(&err);
    cr_assert_eq(expect_load(&set, "/nonexistent/x.exp", known, &err), -1);
    cr_assert(strncmp(err.buf, "/nonexistent/x.exp: cannot read", 31) == 0, "%s", err.buf);
    sb_free(&err);

    char path[] = "/tmp/udsprobe-test-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    cr_assert_eq(write(fd, "a/b 1 doc: x\nc/d \0 doc: y\n", 26), 26);
    close(fd);
    sb_init(&err);
    cr_assert_eq(expect_load(&set, path, known, &err), -1);
    char *want = xasprintf("%s:2: NUL byte in file", path);
    cr_assert_str_eq(err.buf, want);
    free(want);
    unlink(path);
    sb_free(&err);
}

Test(expect, release_conditions_are_exact)
{
    static const char *const bad[] = { "@>=5..1", "@>=5.", "@>=.5", "@>=5.1.2.3", "@>=5-rc1",
                                       "@>=", "@<", "@>=1000001" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char text[64];
        snprintf(text, sizeof text, "a/b %s 1 doc: x\n", bad[i]);
        expect_error(text, "t.exp:1: malformed release condition (want @>=a.b.c or @<a.b.c before the values)");
    }
    struct expect_set set;
    struct strbuf err;
    cr_assert_eq(parse("a/b @>=5 @<6.1.2 1 doc: x\n", &set, &err), 0, "%s", err.buf);
    cr_assert_eq(set.items[0].cond[1].ver[2], 2);
    expect_free(&set);
    sb_free(&err);
}

Test(expect, bytes_entry_point_refuses_nul_and_needs_no_terminator)
{
    struct expect_set set;
    struct strbuf err;
    sb_init(&err);
    static const char text[] = "a/b 1 doc: x\nc/d 2 doc: yZZZ";
    /* len stops before "ZZZ": the parser must not read past it */
    cr_assert_eq(expect_parse_bytes(&set, "t.exp", text, sizeof text - 4, known, &err), 0, "%s",
                 err.buf);
    cr_assert_str_eq(set.items[1].citation, "y");
    expect_free(&set);
    cr_assert_eq(expect_parse_bytes(&set, "t.exp", "a/b 1 doc: x\n\n\0", 15, known, &err), -1);
    cr_assert_str_eq(err.buf, "t.exp:3: NUL byte in file");
    sb_free(&err);
}

Test(expect, many_lines_parse)
{
    /* the item array grows by doubling; every line is kept in order */
    struct strbuf text;
    sb_init(&text);
    for (int i = 0; i < 5000; i++)
        sb_printf(&text, "a/p%d %d doc: c\n", i, i);
    struct expect_set set;
    struct strbuf err;
    cr_assert_eq(parse(text.buf, &set, &err), 0, "%s", err.buf);
    cr_assert_eq(set.n, 5000);
    cr_assert_str_eq(set.items[4999].id, "a/p4999");
    cr_assert_eq(set.items[4999].line, 5000);
    expect_free(&set);
    sb_free(&err);
    sb_free(&text);
}
