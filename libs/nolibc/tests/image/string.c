/* SPDX-License-Identifier: BSD-3-Clause */
/* string.h: lengths, comparisons, searches, copies, memory, strerror. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uk/test.h>

static const char *const s = "hello, world";

UK_TESTSUITE(string);

UK_TEST(string, strlen)
{
	UK_TEST_EXPECT_EQ(strlen(""), 0);
	UK_TEST_EXPECT_EQ(strlen(s), 12);
	UK_TEST_EXPECT_EQ(strnlen(s, 5), 5);
	UK_TEST_EXPECT_EQ(strnlen("ab", 5), 2);
}

UK_TEST(string, strcmp)
{
	UK_TEST_EXPECT_LT(strcmp("abc", "abd"), 0);
	UK_TEST_EXPECT_EQ(strcmp("abc", "abc"), 0);
	UK_TEST_EXPECT_GT(strcmp("\xff", "a"), 0);
	UK_TEST_EXPECT_LT(strcmp("ab", "abc"), 0);
	UK_TEST_EXPECT_EQ(strncmp("abcX", "abcY", 3), 0);
	UK_TEST_EXPECT_LT(strncmp("abc", "abd", 3), 0);
	UK_TEST_EXPECT_EQ(strncmp("x", "y", 0), 0);
}

UK_TEST(string, search)
{
	UK_TEST_EXPECT(strchr(s, 'o') == s + 4 && strrchr(s, 'o') == s + 8);
	UK_TEST_EXPECT(strchr(s, '\0') == s + 12 && !strchr(s, 'z'));
	UK_TEST_EXPECT(strstr(s, "wor") == s + 7 && !strstr(s, "worlds") &&
		       strstr(s, "") == s);
	UK_TEST_EXPECT_EQ(strspn("aabbc", "ab"), 4);
	UK_TEST_EXPECT_EQ(strcspn(s, ", "), 5);
	UK_TEST_EXPECT_EQ(strcspn("abc", ""), 3);
}

UK_TEST(string, copies)
{
	char buf[32];

	strcpy(buf, "foo");
	strcat(buf, "bar");
	UK_TEST_EXPECT_STREQ(buf, "foobar");
	memset(buf, 'x', sizeof(buf));
	strncpy(buf, "ab", 5);
	UK_TEST_EXPECT_MEMEQ(buf, "ab\0\0\0x", 6);
}

UK_TEST(string, memmove_overlap)
{
	char buf[16];

	strcpy(buf, "0123456789");
	memmove(buf + 2, buf, 5);
	UK_TEST_EXPECT_STREQ(buf, "0101234789");
	strcpy(buf, "0123456789");
	memmove(buf, buf + 3, 5);
	UK_TEST_EXPECT_STREQ(buf, "3456756789");
}

UK_TEST(string, memory)
{
	char buf[32];

	memset(buf, 0xa5, 20);
	UK_TEST_EXPECT(buf[19] == (char)0xa5);
	UK_TEST_EXPECT(memchr(buf, 0xa5, 20) == buf && !memchr(buf, 0, 20));
	UK_TEST_EXPECT_GT(memcmp("a\x80", "a\x01", 2), 0);
}

UK_TEST(string, strdup)
{
	char *d = strdup(s);

	UK_TEST_EXPECT(d && d != s);
	UK_TEST_EXPECT_STREQ(d, s);
	free(d);
	d = strndup(s, 5);
	UK_TEST_EXPECT_STREQ(d, "hello");
	free(d);
}

UK_TEST(string, strerror)
{
	UK_TEST_EXPECT_STREQ(strerror(ENOMEM), "Out of memory");
	UK_TEST_EXPECT_STREQ(strerror(9999), "Unknown error 9999");
}

UK_TEST(string, strncat)
{
	char buf[16] = "ab";

	strncat(buf, "cdef", 2);
	UK_TEST_EXPECT_STREQ(buf, "abcd");
	strncat(buf, "xy", 10);
	UK_TEST_EXPECT_STREQ(buf, "abcdxy");
	strncat(buf, "z", 0);
	UK_TEST_EXPECT_STREQ(buf, "abcdxy");
}

UK_TEST(string, strtok)
{
	char line[] = "  one,two;;three  ", other[] = "a b";
	char *save, *t;

	UK_TEST_EXPECT_STREQ(strtok_r(line, " ,;", &save), "one");
	UK_TEST_EXPECT_STREQ(strtok_r(NULL, " ,;", &save), "two");
	UK_TEST_EXPECT_STREQ(strtok_r(NULL, " ,;", &save), "three");
	UK_TEST_EXPECT(strtok_r(NULL, " ,;", &save) == NULL);
	UK_TEST_EXPECT(strtok_r(NULL, " ,;", &save) == NULL);
	t = strtok(other, " ");
	UK_TEST_EXPECT_STREQ(t, "a");
	UK_TEST_EXPECT_STREQ(strtok(NULL, " "), "b");
	UK_TEST_EXPECT(strtok(NULL, " ") == NULL);
}

UK_TEST(string, strcasecmp)
{
	UK_TEST_EXPECT_EQ(strcasecmp("Hello", "hELLO"), 0);
	UK_TEST_EXPECT_LT(strcasecmp("abc", "ABD"), 0);
	UK_TEST_EXPECT_GT(strcasecmp("abcd", "ABC"), 0);
	UK_TEST_EXPECT_EQ(strncasecmp("ABCx", "abcy", 3), 0);
	UK_TEST_EXPECT_NE(strncasecmp("ABCx", "abcy", 4), 0);
}
