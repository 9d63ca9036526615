/*
 * attr.h - the compiler attributes the suite's C code uses, defined once:
 * UDS_NORETURN for functions that never return, UDS_PRINTF(a, b) for
 * printf-style arguments (a: the format's position, b: the first value's).
 * Empty where the compiler is neither gcc nor clang.
 */
#ifndef UDSPROBE_ATTR_H
#define UDSPROBE_ATTR_H

#if defined(__GNUC__) || defined(__clang__)
#define UDS_NORETURN __attribute__((noreturn))
#define UDS_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define UDS_NORETURN
#define UDS_PRINTF(a, b)
#endif

#endif
