/* SPDX-License-Identifier: BSD-3-Clause */
/* string.h and ctype.h. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "selftest.h"

void test_string(void)
{
	char buf[32];
	char *d;
	const char *s = "hello, world";

	CHECK("string.strlen", strlen("") == 0 && strlen(s) == 12 &&
				       strnlen(s, 5) == 5 && strnlen("ab", 5) == 2);
	CHECK("string.strcmp", strcmp("abc", "abd") < 0 && strcmp("abc", "abc") == 0 &&
				       strcmp("\xff", "a") > 0 && strcmp("ab", "abc") < 0);
	CHECK("string.strncmp", strncmp("abcX", "abcY", 3) == 0 &&
					strncmp("abc", "abd", 3) < 0 &&
					strncmp("x", "y", 0) == 0);
	CHECK("string.strchr", strchr(s, 'o') == s + 4 && strrchr(s, 'o') == s + 8 &&
				       strchr(s, '\0') == s + 12 && !strchr(s, 'z'));
	CHECK("string.strstr", strstr(s, "wor") == s + 7 && !strstr(s, "worlds") &&
				       strstr(s, "") == s);
	CHECK("string.spn", strspn("aabbc", "ab") == 4 && strcspn(s, ", ") == 5 &&
				    strcspn("abc", "") == 3);

	strcpy(buf, "foo");
	strcat(buf, "bar");
	CHECK_STR("string.strcpy_cat", buf, "foobar");
	memset(buf, 'x', sizeof(buf));
	strncpy(buf, "ab", 5);
	CHECK("string.strncpy_pad", memcmp(buf, "ab\0\0\0x", 6) == 0);

	strcpy(buf, "0123456789");
	memmove(buf + 2, buf, 5);
	CHECK_STR("string.memmove_fwd", buf, "0101234789");
	strcpy(buf, "0123456789");
	memmove(buf, buf + 3, 5);
	CHECK_STR("string.memmove_back", buf, "3456756789");

	memset(buf, 0xa5, 20);
	CHECK("string.mem", buf[19] == (char)0xa5 && memchr(buf, 0xa5, 20) == buf &&
				    !memchr(buf, 0, 20) && memcmp("a\x80", "a\x01", 2) > 0);

	d = strdup(s);
	CHECK("string.strdup", d && d != s && strcmp(d, s) == 0);
	free(d);
	d = strndup(s, 5);
	CHECK_STR("string.strndup", d, "hello");
	free(d);

	CHECK_STR("string.strerror", strerror(ENOMEM), "Out of memory");
	CHECK_STR("string.strerror_unknown", strerror(9999), "Unknown error 9999");
	CHECK("ctype", isdigit('7') && !isdigit('a') && isxdigit('F') &&
			       isspace('\t') && isalpha('q') && ispunct('!') &&
			       toupper('a') == 'A' && tolower('Z') == 'z' &&
			       tolower('1') == '1' && !isprint('\n'));
}
