/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/vfs.h - the virtual file system: vnodes, file-system types, mounts.
 *
 * Every file, directory and symbolic link the VFS knows is a vnode owned
 * by a file system; each file system gives one ops table (struct
 * uk_vnops) for its vnodes. A file system is mounted on a directory path
 * with uk_vfs_mount(); the first mount must be "/". The POSIX calls
 * (open, stat, mkdir, rename, opendir, chdir, ...; <fcntl.h>,
 * <sys/stat.h>, <unistd.h>, <dirent.h>) resolve paths over the mounts
 * and open files as descriptors of the nolibc table (uk/fdtab.h).
 *
 * Every op returns 0 (or a count) on success and a negative errno value
 * on failure. Names passed to ops are one path component, never "." or
 * "..", NUL-terminated and at most UK_VFS_NAME_MAX bytes. The VFS keeps
 * "." and ".." itself (a stack of the directories walked), so a file
 * system needs no parent links for path resolution.
 *
 * Concurrency: the calls take no lock; with the cooperative scheduler a
 * call runs to its end unless a file system op yields (ramfs never does).
 */
#ifndef UK_VFS_H
#define UK_VFS_H

#include <sys/types.h>
#include <sys/stat.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Longest path the calls accept, NUL included (ENAMETOOLONG beyond). */
#define UK_VFS_PATH_MAX 1024
/** Longest path component (ENAMETOOLONG beyond). */
#define UK_VFS_NAME_MAX 255
/** Symbolic links followed in one resolution before ELOOP. */
#define UK_VFS_SYMLOOP_MAX 40
/** Directories deep a path may go (ENAMETOOLONG beyond). */
#define UK_VFS_DEPTH_MAX 64
/** Mounts at once (ENOMEM beyond). */
#define UK_VFS_MOUNT_MAX 8

struct uk_vnode;
struct uk_mount;
struct dirent;

/** What a file system does for its vnodes. NULL ops fail as noted. */
struct uk_vnops {
	/** Find name in directory dir; *out gets the vnode (-ENOENT). */
	int (*lookup)(struct uk_vnode *dir, const char *name,
		      struct uk_vnode **out);
	/** Make a regular file name in dir with mode; *out the new vnode. NULL: -EROFS. */
	int (*create)(struct uk_vnode *dir, const char *name, mode_t mode,
		      struct uk_vnode **out);
	/** Make a directory. NULL: -EROFS. */
	int (*mkdir)(struct uk_vnode *dir, const char *name, mode_t mode);
	/** Make a symbolic link name -> target. NULL: -EPERM. */
	int (*symlink)(struct uk_vnode *dir, const char *name,
		       const char *target);
	/** Remove the non-directory name (-EISDIR for a directory). NULL: -EROFS. */
	int (*unlink)(struct uk_vnode *dir, const char *name);
	/** Remove the empty directory name (-ENOTEMPTY, -ENOTDIR). NULL: -EROFS. */
	int (*rmdir)(struct uk_vnode *dir, const char *name);
	/**
	 * Move odir/oname to ndir/nname (same mount), replacing a target as
	 * rename(2) does: -EISDIR, -ENOTDIR, -ENOTEMPTY, -EINVAL (a
	 * directory into itself). NULL: -EROFS.
	 */
	int (*rename)(struct uk_vnode *odir, const char *oname,
		      struct uk_vnode *ndir, const char *nname);
	/** Copy the link's target (no NUL) into buf; returns its length. */
	ssize_t (*readlink)(struct uk_vnode *vn, char *buf, size_t len);
	/** Read/write at off; a short read only at end of file. NULL: -EINVAL. */
	ssize_t (*read)(struct uk_vnode *vn, void *buf, size_t len, off_t off);
	ssize_t (*write)(struct uk_vnode *vn, const void *buf, size_t len,
			 off_t off);
	/** Set a regular file's size (zero-filled when it grows). NULL: -EINVAL. */
	int (*truncate)(struct uk_vnode *vn, off_t len);
	/** Fill st_mode, st_ino, st_nlink, st_size, st_blocks and the times. */
	int (*getattr)(struct uk_vnode *vn, struct stat *st);
	/** Write the file's data through to its device. NULL: nothing to do. */
	int (*sync)(struct uk_vnode *vn);
	/**
	 * The directory entry at *cookie (0 first): fill d_ino, d_type and
	 * d_name, advance *cookie and return 1; return 0 past the last.
	 */
	int (*readdir)(struct uk_vnode *dir, off_t *cookie, struct dirent *de);
	/** The VFS dropped its last reference (the fs may free an unlinked node). */
	void (*inactive)(struct uk_vnode *vn);
};

/** A file, directory or link as the VFS sees it. */
struct uk_vnode {
	const struct uk_vnops *ops;
	struct uk_mount *mnt;	  /**< the mount it belongs to */
	struct uk_mount *covered; /**< a mount on this directory, or NULL */
	mode_t mode;		  /**< S_IF* type and permission bits */
	int refs;   /**< references the VFS holds (open files, cwd) */
	void *priv; /**< the file system's */
};

/** A file-system type: how to mount one. */
struct uk_fstype {
	const char *name;
	/** Make the root vnode of a new instance (dev: a source or NULL). */
	int (*mount)(struct uk_mount *m, const char *dev,
		     struct uk_vnode **root);
	/** Undo mount (only when nothing inside is in use). NULL: -EBUSY. */
	int (*unmount)(struct uk_mount *m);
};

/** One mounted file system. */
struct uk_mount {
	const struct uk_fstype *fs;
	struct uk_vnode *root; /**< its root directory */
	struct uk_vnode *on;   /**< the directory it covers (NULL for /) */
	unsigned long id;      /**< st_dev of its files */
	void *priv;	       /**< the file system's */
};

/**
 * Mount a new instance of fs at path (an existing directory; "/" first).
 * Returns 0 or -EBUSY (already a mount there), -ENOENT, -ENOTDIR,
 * -ENOMEM, or what fs->mount returns.
 */
int uk_vfs_mount(const struct uk_fstype *fs, const char *dev, const char *path);

/** Unmount the file system at path. 0 or -EINVAL (not a mount), -EBUSY. */
int uk_vfs_unmount(const char *path);

/** The mount holding path (following links), or NULL with *err set (-ENOENT, ...). */
struct uk_mount *uk_vfs_mount_of(const char *path, int *err);

/** Non-zero once a root file system is mounted. */
int uk_vfs_has_root(void);

/** Take a reference to vn. */
void uk_vnode_ref(struct uk_vnode *vn);
/** Drop a reference; the last calls ops->inactive. */
void uk_vnode_put(struct uk_vnode *vn);

/** rename(2) (POSIX puts it in <stdio.h>). 0, or -1 with errno. */
int rename(const char *oldpath, const char *newpath);

#ifdef __cplusplus
}
#endif

#endif /* UK_VFS_H */
