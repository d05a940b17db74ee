/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * httpdate.h - the Date header's value (RFC 9110 5.6.7, IMF-fixdate) from
 * seconds since 1970-01-01 UTC. Bytes only, so the host test
 * (test/unit/httpd-parse.test.ts) checks it against known dates.
 */
#ifndef HTTPD_HTTPDATE_H
#define HTTPD_HTTPDATE_H

#include <stdint.h>

/** The length of an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"). */
#define HTTP_DATE_LEN 29

/**
 * Seconds before this (2000-01-01) are taken for a clock that counts from
 * boot, not the date: the server then sends no Date (RFC 9110 6.6.1 lets
 * a server without a clock leave it out).
 */
#define HTTP_DATE_PLAUSIBLE 946684800u

/** Write the IMF-fixdate of secs and a NUL into out[0..HTTP_DATE_LEN]. */
void http_date(uint64_t secs, char out[HTTP_DATE_LEN + 1]);

#endif /* HTTPD_HTTPDATE_H */
