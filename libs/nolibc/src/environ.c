/* SPDX-License-Identifier: BSD-3-Clause */
/* The environment: environ, getenv, setenv, unsetenv, and env.NAME=value arguments. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uk/environ.h>

#define ENV_PREFIX "env."
#define ENV_PREFIX_LEN 4

static char *empty_env[1];
char **environ = empty_env;
/* Entries are malloc'd here ("NAME=value"); environ itself once it grew. */
static size_t env_count, env_room;

static int name_ok(const char *name)
{
	return name && *name && !strchr(name, '=');
}

/* The slot of name in environ, or env_count. */
static size_t env_find(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < env_count; i++)
		if (!strncmp(environ[i], name, len) && environ[i][len] == '=')
			return i;
	return env_count;
}

char *getenv(const char *name)
{
	size_t len = strlen(name), i = env_find(name, len);

	return i < env_count ? environ[i] + len + 1 : NULL;
}

/* Put the malloc'd "NAME=value" entry at name's slot (a new one if needed). */
static int env_put(char *entry, size_t namelen)
{
	size_t i = env_find(entry, namelen);
	char **grown;

	if (i < env_count) {
		free(environ[i]);
		environ[i] = entry;
		return 0;
	}
	if (env_count + 1 >= env_room) {
		size_t room = env_room ? 2 * env_room : 8;

		grown = realloc(env_room ? environ : NULL,
				room * sizeof(*grown));
		if (!grown) {
			free(entry);
			return -1;
		}
		environ = grown;
		env_room = room;
	}
	environ[env_count++] = entry;
	environ[env_count] = NULL;
	return 0;
}

int setenv(const char *name, const char *value, int overwrite)
{
	size_t nlen, vlen;
	char *entry;

	if (!name_ok(name)) {
		errno = EINVAL;
		return -1;
	}
	nlen = strlen(name);
	if (!overwrite && env_find(name, nlen) < env_count)
		return 0;
	vlen = strlen(value);
	entry = malloc(nlen + vlen + 2);
	if (!entry)
		return -1;
	memcpy(entry, name, nlen);
	entry[nlen] = '=';
	memcpy(entry + nlen + 1, value, vlen + 1);
	return env_put(entry, nlen);
}

int unsetenv(const char *name)
{
	size_t i;

	if (!name_ok(name)) {
		errno = EINVAL;
		return -1;
	}
	i = env_find(name, strlen(name));
	if (i == env_count)
		return 0;
	free(environ[i]);
	memmove(&environ[i], &environ[i + 1],
		(env_count - i) * sizeof(*environ));
	env_count--;
	return 0;
}

int uk_environ_from_args(int argc, char **argv)
{
	int i = 1, j;
	const char *eq;

	while (i < argc && !strncmp(argv[i], ENV_PREFIX, ENV_PREFIX_LEN)) {
		eq = strchr(argv[i] + ENV_PREFIX_LEN, '=');
		if (!eq || eq == argv[i] + ENV_PREFIX_LEN)
			break;
		char *entry = strdup(argv[i] + ENV_PREFIX_LEN);

		if (!entry ||
		    env_put(entry, (size_t)(eq - argv[i] - ENV_PREFIX_LEN)))
			break;
		i++;
	}
	if (i == 1)
		return argc;
	for (j = 1; i <= argc; i++, j++)
		argv[j] = argv[i];
	return j - 1;
}
