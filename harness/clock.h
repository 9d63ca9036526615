/*
 * clock.h - the probe library's clock: milliseconds on CLOCK_MONOTONIC,
 * for bounded waits (never for a reported value: times change between runs).
 */
#ifndef UDSPROBE_CLOCK_H
#define UDSPROBE_CLOCK_H

/* Milliseconds since an arbitrary fixed point; only differences mean anything. */
long long now_ms(void);

#endif
