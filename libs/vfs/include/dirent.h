/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * dirent.h - reading directories (the vfs library). Entries come in the
 * file system's order, "." and ".." first.
 */
#ifndef _VFS_DIRENT_H
#define _VFS_DIRENT_H

#include <sys/types.h>
#include <sys/stat.h>

#ifdef __cplusplus
extern "C" {
#endif

/** d_type values (Linux's). */
#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12

/** One directory entry. */
struct dirent {
	ino_t d_ino;		 /**< the entry's file serial number */
	off_t d_off;		 /**< position of the next entry */
	unsigned short d_reclen; /**< size of this record */
	unsigned char d_type;	 /**< DT_* */
	char d_name[256];	 /**< NUL-terminated name */
};

/** An open directory stream. */
typedef struct uk_dir DIR;

/** Open the directory path. NULL with errno ENOENT, ENOTDIR, EMFILE, ENOMEM. */
DIR *opendir(const char *path);
/** A stream over the directory open as fd (which it takes over). */
DIR *fdopendir(int fd);
/** The next entry, or NULL at the end (errno unchanged) or on error (EBADF). */
struct dirent *readdir(DIR *d);
/** Back to the first entry. */
void rewinddir(DIR *d);
/** Where the stream is, for seekdir() (valid until entries before it are removed). */
long telldir(DIR *d);
/** Go back to a position telldir() gave. */
void seekdir(DIR *d, long loc);
/** Close the stream and its descriptor. 0, or -1 with errno EBADF. */
int closedir(DIR *d);
/** The descriptor under the stream. */
int dirfd(DIR *d);

#ifdef __cplusplus
}
#endif

#endif /* _VFS_DIRENT_H */
