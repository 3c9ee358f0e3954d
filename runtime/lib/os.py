r"""OS routines for NT or Posix depending on what system we're on.

This exports:
  - all functions from posix or nt, e.g. unlink, stat, etc.
  - os.path is either posixpath or ntpath
  - os.name is either 'posix' or 'nt'
  - os.curdir is a string representing the current directory (always '.')
  - os.pardir is a string representing the parent directory (always '..')
  - os.sep is the (or a most common) pathname separator ('/' or '\\')
  - os.extsep is the extension separator (always '.')
  - os.altsep is the alternate pathname separator (None or '/')
  - os.pathsep is the component separator used in $PATH etc
  - os.linesep is the line separator in text files ('\r' or '\n' or '\r\n')
  - os.defpath is the default search path for executables
  - os.devnull is the file path of the null device ('/dev/null', etc.)

Programs that import and use 'os' stand a better chance of being
portable between different platforms.  Of course, they must then
only use functions that are defined by all platforms (e.g., unlink
and opendir), and leave all pathname manipulation to os.path
(e.g., split and join).
"""

# aiocc's os: CPython's os.py over the posix module, whose functions (C code in CPython,
# Modules/posixmodule.c) are written here over the system calls of runtime/src/modules/posix.cpp.
# Not built: processes (fork, exec*, spawn*, popen, system, wait*), scheduling, extended
# attributes, terminals, fwalk and the *_fd variants (dir_fd, fd arguments to path functions).

import abc
import sys
import stat as st
from _aiocc_structseq import structseq as _structseq, member as _member
from _aiocc import (os_open as _open, os_read as _read, os_write as _write, os_close as _close,
                    os_lseek as _lseek, os_stat as _stat, os_isatty as _isatty, os_ftruncate as _ftruncate,
                    os_truncate as _truncate, os_listdir as _listdir, os_mkdir as _mkdir, os_rmdir as _rmdir,
                    os_unlink as _unlink, os_rename as _rename, os_getcwd as _getcwd, os_chdir as _chdir,
                    os_strerror as _strerror, os_access as _access, os_environ as _environ,
                    os_putenv as _putenv, os_unsetenv as _unsetenv, os_cpu_count as _cpu_count,
                    os_readlink as _readlink, os_symlink as _symlink, os_link as _link, os_chmod as _chmod,
                    os_utime as _utime, os_umask as _umask, os_ids as _ids, os_uname as _uname, os_kill as _kill,
                    os_fsync as _fsync, os_dup as _dup, os_dup2 as _dup2, os_pipe as _pipe,
                    os_get_inheritable as _get_inheritable, os_set_inheritable as _set_inheritable,
                    os_get_blocking as _get_blocking, os_set_blocking as _set_blocking, os_exit as _os_exit,
                    os_getloadavg as _getloadavg, os_times as _times, terminal_size as _terminal_size,
                    urandom as _urandom, builtin_type as _builtin_type, generic_alias as _generic_alias)



name = 'posix'
linesep = '\n'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
extsep = '.'
altsep = None
devnull = '/dev/null'
curdir = '.'
pardir = '..'

CLD_CONTINUED = 6
CLD_DUMPED = 3
CLD_EXITED = 1
CLD_KILLED = 2
CLD_STOPPED = 5
CLD_TRAPPED = 4
EFD_CLOEXEC = 524288
EFD_NONBLOCK = 2048
EFD_SEMAPHORE = 1
EX_CANTCREAT = 73
EX_CONFIG = 78
EX_DATAERR = 65
EX_IOERR = 74
EX_NOHOST = 68
EX_NOINPUT = 66
EX_NOPERM = 77
EX_NOUSER = 67
EX_OK = 0
EX_OSERR = 71
EX_OSFILE = 72
EX_PROTOCOL = 76
EX_SOFTWARE = 70
EX_TEMPFAIL = 75
EX_UNAVAILABLE = 69
EX_USAGE = 64
F_LOCK = 1
F_OK = 0
F_TEST = 3
F_TLOCK = 2
F_ULOCK = 0
GRND_NONBLOCK = 1
GRND_RANDOM = 2
MFD_ALLOW_SEALING = 2
MFD_CLOEXEC = 1
MFD_HUGETLB = 4
MFD_HUGE_16GB = 2281701376
MFD_HUGE_16MB = 1610612736
MFD_HUGE_1GB = 2013265920
MFD_HUGE_1MB = 1342177280
MFD_HUGE_256MB = 1879048192
MFD_HUGE_2GB = 2080374784
MFD_HUGE_2MB = 1409286144
MFD_HUGE_32MB = 1677721600
MFD_HUGE_512KB = 1275068416
MFD_HUGE_512MB = 1946157056
MFD_HUGE_64KB = 1073741824
MFD_HUGE_8MB = 1543503872
MFD_HUGE_MASK = 63
MFD_HUGE_SHIFT = 26
NGROUPS_MAX = 65536
O_ACCMODE = 3
O_APPEND = 1024
O_ASYNC = 8192
O_CLOEXEC = 524288
O_CREAT = 64
O_DIRECT = 16384
O_DIRECTORY = 65536
O_DSYNC = 4096
O_EXCL = 128
O_FSYNC = 1052672
O_LARGEFILE = 0
O_NDELAY = 2048
O_NOATIME = 262144
O_NOCTTY = 256
O_NOFOLLOW = 131072
O_NONBLOCK = 2048
O_PATH = 2097152
O_RDONLY = 0
O_RDWR = 2
O_RSYNC = 1052672
O_SYNC = 1052672
O_TMPFILE = 4259840
O_TRUNC = 512
O_WRONLY = 1
POSIX_FADV_DONTNEED = 4
POSIX_FADV_NOREUSE = 5
POSIX_FADV_NORMAL = 0
POSIX_FADV_RANDOM = 1
POSIX_FADV_SEQUENTIAL = 2
POSIX_FADV_WILLNEED = 3
POSIX_SPAWN_CLOSE = 1
POSIX_SPAWN_DUP2 = 2
POSIX_SPAWN_OPEN = 0
PRIO_PGRP = 1
PRIO_PROCESS = 0
PRIO_USER = 2
P_ALL = 0
P_NOWAIT = 1
P_NOWAITO = 1
P_PGID = 2
P_PID = 1
P_PIDFD = 3
P_WAIT = 0
RTLD_DEEPBIND = 8
RTLD_GLOBAL = 256
RTLD_LAZY = 1
RTLD_LOCAL = 0
RTLD_NODELETE = 4096
RTLD_NOLOAD = 4
RTLD_NOW = 2
RWF_APPEND = 16
RWF_DSYNC = 2
RWF_HIPRI = 1
RWF_NOWAIT = 8
RWF_SYNC = 4
R_OK = 4
SCHED_BATCH = 3
SCHED_FIFO = 1
SCHED_IDLE = 5
SCHED_OTHER = 0
SCHED_RESET_ON_FORK = 1073741824
SCHED_RR = 2
SEEK_CUR = 1
SEEK_DATA = 3
SEEK_END = 2
SEEK_HOLE = 4
SEEK_SET = 0
SPLICE_F_MORE = 4
SPLICE_F_MOVE = 1
SPLICE_F_NONBLOCK = 2
ST_APPEND = 256
ST_MANDLOCK = 64
ST_NOATIME = 1024
ST_NODEV = 4
ST_NODIRATIME = 2048
ST_NOEXEC = 8
ST_NOSUID = 2
ST_RDONLY = 1
ST_RELATIME = 4096
ST_SYNCHRONOUS = 16
ST_WRITE = 128
TMP_MAX = 238328
WCONTINUED = 8
WEXITED = 4
WNOHANG = 1
WNOWAIT = 16777216
WSTOPPED = 2
WUNTRACED = 2
W_OK = 2
XATTR_CREATE = 1
XATTR_REPLACE = 2
XATTR_SIZE_MAX = 65536
X_OK = 1

_absent = object()
_FS_ENCODING = 'utf-8'
_FS_ERRORS = 'surrogateescape'


def _index(value):  # cpython: builtin
    """An int argument as the "i" format converts it (__index__)."""
    return value.__index__() if not isinstance(value, int) else value


def _path(path, fname, argname='path', allow_fd=False, nullable=False):  # cpython: builtin
    """posixmodule.c's path_converter: str and bytes as they are, os.PathLike through
    __fspath__, an int when the function takes a file descriptor."""
    if isinstance(path, (str, bytes)):
        return path
    if allow_fd and isinstance(path, int):
        return path
    if nullable and path is None:
        return '.'
    path_type = type(path)
    if hasattr(path_type, '__fspath__'):
        result = path_type.__fspath__(path)
        if isinstance(result, (str, bytes)):
            return result
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (path_type.__name__, type(result).__name__))
    if allow_fd and nullable:
        allowed = "string, bytes, os.PathLike, integer or None"
    elif allow_fd:
        allowed = "string, bytes, os.PathLike or integer"
    elif nullable:
        allowed = "string, bytes, os.PathLike or None"
    else:
        allowed = "string, bytes or os.PathLike"
    raise TypeError("%s: %s should be %s, not %s" % (fname, argname, allowed, path_type.__name__))


def _dir_fd(dir_fd):  # cpython: builtin
    """A dir_fd argument: None, or a file descriptor (the "i" format)."""
    if dir_fd is None:
        return None
    if not isinstance(dir_fd, int):
        if hasattr(type(dir_fd), '__index__'):
            return dir_fd.__index__()
        raise TypeError("argument should be integer or None, not %s" % type(dir_fd).__name__)
    return dir_fd


def _unsupported(fname, argname, value):  # cpython: builtin
    if value is not None:
        raise NotImplementedError("aiocc's os.%s does not support %s" % (fname, argname))


def fspath(path):  # cpython: builtin
    """Return the file system path representation of the object.

If the object is str or bytes, then allow it to pass through as-is. If the
object defines __fspath__(), then return the result of that method. All other
types raise a TypeError."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged.
    On Windows, use 'strict' error handler if the file system encoding is
    'mbcs' (which is the default encoding).
    """
    filename = fspath(filename)  # Does type-checking of `filename`.
    if isinstance(filename, str):
        return filename.encode(_FS_ENCODING, _FS_ERRORS)
    else:
        return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged. On
    Windows, use 'strict' error handler if the file system encoding is
    'mbcs' (which is the default encoding).
    """
    filename = fspath(filename)  # Does type-checking of `filename`.
    if isinstance(filename, bytes):
        return filename.decode(_FS_ENCODING, _FS_ERRORS)
    else:
        return filename


# The structseq types.
class stat_result(_structseq):  # cpython: builtin
    """stat_result: Result from stat, fstat, or lstat.

This object may be accessed either as a tuple of
  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)
or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.

Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,
or st_flags, they are available as attributes only.

See os.stat for more information."""
    _type_name = 'os.stat_result'
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', None, None, None,
               'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
               'st_blksize', 'st_blocks', 'st_rdev')
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    __match_args__ = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')

    def __new__(cls, sequence=_absent, dict=None):  # cpython: builtin
        self = _structseq.__new__(cls, sequence, dict)
        extra = self._extra
        # The float times default to the int ones when not given (structseq_new fills None).
        for i in range(3):
            if extra[i] is None:
                extra[i] = tuple.__getitem__(self, 7 + i)
        return self

    def __repr__(self):  # cpython: builtin
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                 'st_atime', 'st_mtime', 'st_ctime')
        return "os.stat_result(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(names, self))

    st_mode = _member('os.stat_result', 0, 'st_mode', "protection bits")
    st_ino = _member('os.stat_result', 1, 'st_ino', "inode")
    st_dev = _member('os.stat_result', 2, 'st_dev', "device")
    st_nlink = _member('os.stat_result', 3, 'st_nlink', "number of hard links")
    st_uid = _member('os.stat_result', 4, 'st_uid', "user ID of owner")
    st_gid = _member('os.stat_result', 5, 'st_gid', "group ID of owner")
    st_size = _member('os.stat_result', 6, 'st_size', "total size, in bytes")
    st_atime = _member('os.stat_result', 10, 'st_atime', "time of last access")
    st_mtime = _member('os.stat_result', 11, 'st_mtime', "time of last modification")
    st_ctime = _member('os.stat_result', 12, 'st_ctime', "time of last change")
    st_atime_ns = _member('os.stat_result', 13, 'st_atime_ns', "time of last access in nanoseconds")
    st_mtime_ns = _member('os.stat_result', 14, 'st_mtime_ns', "time of last modification in nanoseconds")
    st_ctime_ns = _member('os.stat_result', 15, 'st_ctime_ns', "time of last change in nanoseconds")
    st_blksize = _member('os.stat_result', 16, 'st_blksize', "blocksize for filesystem I/O")
    st_blocks = _member('os.stat_result', 17, 'st_blocks', "number of blocks allocated")
    st_rdev = _member('os.stat_result', 18, 'st_rdev', "device type (if inode device)")


_builtin_type(stat_result, 'os.stat_result')


class uname_result(_structseq):  # cpython: builtin
    """uname_result: Result from os.uname().

This object may be accessed either as a tuple of
  (sysname, nodename, release, version, machine),
or via the attributes sysname, nodename, release, version, and machine.

See os.uname for more information."""
    __module__ = 'posix'
    _type_name = 'posix.uname_result'
    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')
    n_sequence_fields = n_fields = 5
    __match_args__ = _fields
    sysname = _member('posix.uname_result', 0, 'sysname', "operating system name")
    nodename = _member('posix.uname_result', 1, 'nodename', "name of machine on network (implementation-defined)")
    release = _member('posix.uname_result', 2, 'release', "operating system release")
    version = _member('posix.uname_result', 3, 'version', "operating system version")
    machine = _member('posix.uname_result', 4, 'machine', "hardware identifier")


_builtin_type(uname_result, 'posix.uname_result')


class times_result(_structseq):  # cpython: builtin
    """times_result: Result from os.times().

This object may be accessed either as a tuple of
  (user, system, children_user, children_system, elapsed),
or via the attributes user, system, children_user, children_system,
and elapsed.

See os.times for more information."""
    __module__ = 'posix'
    _type_name = 'posix.times_result'
    _fields = ('user', 'system', 'children_user', 'children_system', 'elapsed')
    n_sequence_fields = n_fields = 5
    __match_args__ = _fields
    user = _member('posix.times_result', 0, 'user', "user time")
    system = _member('posix.times_result', 1, 'system', "system time")
    children_user = _member('posix.times_result', 2, 'children_user', "user time of children")
    children_system = _member('posix.times_result', 3, 'children_system', "system time of children")
    elapsed = _member('posix.times_result', 4, 'elapsed', "elapsed time since an arbitrary point in the past")


_builtin_type(times_result, 'posix.times_result')


class terminal_size(_structseq):  # cpython: builtin
    """A tuple of (columns, lines) for holding terminal window size"""
    _type_name = 'os.terminal_size'
    _fields = ('columns', 'lines')
    n_sequence_fields = n_fields = 2
    __match_args__ = _fields
    columns = _member('os.terminal_size', 0, 'columns', "width of the terminal window in characters")
    lines = _member('os.terminal_size', 1, 'lines', "height of the terminal window in characters")


_builtin_type(terminal_size, 'os.terminal_size')


def _stat_result(fields):  # cpython: builtin
    (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, blksize, blocks, rdev) = fields
    return stat_result((mode, ino, dev, nlink, uid, gid, size, atime[0], mtime[0], ctime[0],
                        atime[1] / 1e9, mtime[1] / 1e9, ctime[1] / 1e9, atime[1], mtime[1], ctime[1],
                        blksize, blocks, rdev))


error = OSError


# File descriptors.

def open(path, flags, mode=0o777, *, dir_fd=None):  # cpython: builtin
    """Open a file for low level IO.  Returns a file descriptor (integer).

If dir_fd is not None, it should be a file descriptor open to a directory,
  and path should be relative; path will then be relative to that directory.
dir_fd may not be implemented on your platform.
  If it is unavailable, using it will raise a NotImplementedError."""
    p = _path(path, 'open')
    return _open(p, flags, mode, p, _dir_fd(dir_fd))


def close(fd):  # cpython: builtin
    """Close a file descriptor."""
    _close(fd)


def closerange(fd_low, fd_high, /):  # cpython: builtin
    """Closes all file descriptors in [fd_low, fd_high), ignoring errors."""
    for fd in range(_index(fd_low), _index(fd_high)):
        try:
            _close(fd)
        except OSError:
            pass


def read(fd, length, /):  # cpython: builtin
    """Read from a file descriptor.  Returns a bytes object."""
    return _read(fd, length)


def write(fd, data, /):  # cpython: builtin
    """Write a bytes object to a file descriptor."""
    return _write(fd, data)


def lseek(fd, position, whence, /):  # cpython: builtin
    """Set the position of a file descriptor.  Return the new position.

  fd
    An open file descriptor, as returned by os.open().
  position
    Position, interpreted relative to 'whence'.
  whence
    The relative position to seek from. Valid values are:
    - SEEK_SET: seek from the start of the file.
    - SEEK_CUR: seek from the current file position.
    - SEEK_END: seek from the end of the file.

The return value is the number of bytes relative to the beginning of the file."""
    return _lseek(fd, position, whence)


def fstat(fd):  # cpython: builtin
    """Perform a stat system call on the given file descriptor.

Like stat(), but for an open file descriptor.
Equivalent to os.stat(fd)."""
    return _stat_result(_stat(_index(fd), True))


def isatty(fd, /):  # cpython: builtin
    """Return True if the fd is connected to a terminal.

Return True if the file descriptor is an open file descriptor
connected to the slave end of a terminal."""
    return _isatty(fd)


def ftruncate(fd, length, /):  # cpython: builtin
    """Truncate a file, specified by file descriptor, to a specific length."""
    _ftruncate(fd, length)


def fsync(fd):  # cpython: builtin
    """Force write of fd to disk."""
    if not isinstance(fd, int):
        fd = fd.fileno()
    _fsync(fd)


def dup(fd, /):  # cpython: builtin
    """Return a duplicate of a file descriptor."""
    return _dup(fd)


def dup2(fd, fd2, inheritable=True):  # cpython: builtin
    """Duplicate file descriptor."""
    return _dup2(fd, fd2, inheritable)


def pipe():  # cpython: builtin
    """Create a pipe.

Returns a tuple of two file descriptors:
  (read_fd, write_fd)"""
    return _pipe()


def get_inheritable(fd, /):  # cpython: builtin
    """Get the close-on-exe flag of the specified file descriptor."""
    return _get_inheritable(fd)


def set_inheritable(fd, inheritable, /):  # cpython: builtin
    """Set the inheritable flag of the specified file descriptor."""
    _set_inheritable(fd, inheritable)


def get_blocking(fd, /):  # cpython: builtin
    """Get the blocking mode of the file descriptor.

Return False if the O_NONBLOCK flag is set, True if the flag is cleared."""
    return _get_blocking(fd)


def set_blocking(fd, blocking, /):  # cpython: builtin
    """Set the blocking mode of the specified file descriptor.

Set the O_NONBLOCK flag if blocking is False,
clear the O_NONBLOCK flag otherwise."""
    _set_blocking(fd, blocking)


def get_terminal_size(fd=1, /):  # cpython: builtin
    """Return the size of the terminal window as (columns, lines).

The optional argument fd (default standard output) specifies
which file descriptor should be queried.

If the file descriptor is not connected to a terminal, an OSError
is thrown.

This function will only be used by get_terminal_size()."""
    return terminal_size(_terminal_size(fd))


# Paths.

def stat(path, *, dir_fd=None, follow_symlinks=True):  # cpython: builtin
    """Perform a stat system call on the given path.

  path
    Path to be examined; can be string, bytes, a path-like object or open-file-descriptor int.
  dir_fd
    If not None, it should be a file descriptor open to a directory,
    and path should be a relative string; path will then be relative to
    that directory.
  follow_symlinks
    If False, and the last element of the path is a symbolic link,
    stat will examine the symbolic link itself instead of the file
    the link points to.

dir_fd and follow_symlinks may not be implemented
  on your platform.  If they are unavailable, using them will raise a
  NotImplementedError.

It's an error to use dir_fd or follow_symlinks when specifying path as
  an open file descriptor."""
    p = _path(path, 'stat', allow_fd=True)
    return _stat_result(_stat(p, follow_symlinks, p, _dir_fd(dir_fd)))


def lstat(path, *, dir_fd=None):  # cpython: builtin
    """Perform a stat system call on the given path, without following symbolic links.

Like stat(), but do not follow symbolic links.
Equivalent to stat(path, follow_symlinks=False)."""
    p = _path(path, 'lstat')
    return _stat_result(_stat(p, False, p, _dir_fd(dir_fd)))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):  # cpython: builtin
    """Use the real uid/gid to test for access to a path.

  path
    Path to be tested; can be string, bytes, or a path-like object.
  mode
    Operating-system mode bitfield.  Can be F_OK to test existence,
    or the inclusive-OR of R_OK, W_OK, and X_OK.
  dir_fd
    If not None, it should be a file descriptor open to a directory,
    and path should be relative; path will then be relative to that
    directory.
  effective_ids
    If True, access will use the effective uid/gid instead of
    the real uid/gid.
  follow_symlinks
    If False, and the last element of the path is a symbolic link,
    access will examine the symbolic link itself instead of the file
    the link points to.

dir_fd, effective_ids, and follow_symlinks may not be implemented
  on your platform.  If they are unavailable, using them will raise a
  NotImplementedError.

Note that most operations will use the effective uid/gid, therefore this
  routine can be used in a suid/sgid environment to test if the invoking user
  has the specified access to the path."""
    _unsupported('access', 'dir_fd', dir_fd)
    if effective_ids:
        raise NotImplementedError("aiocc's os.access does not support effective_ids")
    return _access(_path(path, 'access'), mode, follow_symlinks)


def listdir(path=None):  # cpython: builtin
    """Return a list containing the names of the files in the directory.

path can be specified as either str, bytes, or a path-like object.  If path is bytes,
  the filenames returned will also be bytes; in all other circumstances
  the filenames returned will be str.
If path is None, uses the path='.'.
On some platforms, path may also be specified as an open file descriptor;\
  the file descriptor must refer to a directory.
  If this functionality is unavailable, using it raises NotImplementedError.

The list is in arbitrary order.  It does not include the special
entries '.' and '..' even if they are present in the directory."""
    p = _path(path, 'listdir', allow_fd=True, nullable=True)
    entries = _listdir(p, p)
    if isinstance(p, bytes):
        return [entry[0] for entry in entries]
    return [entry[0].decode(_FS_ENCODING, _FS_ERRORS) for entry in entries]


def mkdir(path, mode=0o777, *, dir_fd=None):  # cpython: builtin
    """Create a directory.

If dir_fd is not None, it should be a file descriptor open to a directory,
  and path should be relative; path will then be relative to that directory.
dir_fd may not be implemented on your platform.
  If it is unavailable, using it will raise a NotImplementedError.

The mode argument is ignored on Windows. Where it is used, the current umask
value is first masked out."""
    p = _path(path, 'mkdir')
    _mkdir(p, mode, p, _dir_fd(dir_fd))


def rmdir(path, *, dir_fd=None):  # cpython: builtin
    """Remove a directory.

If dir_fd is not None, it should be a file descriptor open to a directory,
  and path should be relative; path will then be relative to that directory.
dir_fd may not be implemented on your platform.
  If it is unavailable, using it will raise a NotImplementedError."""
    p = _path(path, 'rmdir')
    _rmdir(p, p, _dir_fd(dir_fd))


def remove(path, *, dir_fd=None):  # cpython: builtin
    """Remove a file (same as unlink()).

If dir_fd is not None, it should be a file descriptor open to a directory,
  and path should be relative; path will then be relative to that directory.
dir_fd may not be implemented on your platform.
  If it is unavailable, using it will raise a NotImplementedError."""
    p = _path(path, 'remove')
    _unlink(p, p, _dir_fd(dir_fd))


def unlink(path, *, dir_fd=None):  # cpython: builtin
    """Remove a file (same as remove()).

If dir_fd is not None, it should be a file descriptor open to a directory,
  and path should be relative; path will then be relative to that directory.
dir_fd may not be implemented on your platform.
  If it is unavailable, using it will raise a NotImplementedError."""
    p = _path(path, 'unlink')
    _unlink(p, p, _dir_fd(dir_fd))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):  # cpython: builtin
    """Rename a file or directory.

If either src_dir_fd or dst_dir_fd is not None, it should be a file
  descriptor open to a directory, and the respective path string (src or dst)
  should be relative; the path will then be relative to that directory.
src_dir_fd and dst_dir_fd, may not be implemented on your platform.
  If they are unavailable, using them will raise a NotImplementedError."""
    _unsupported('rename', 'src_dir_fd', src_dir_fd)
    _unsupported('rename', 'dst_dir_fd', dst_dir_fd)
    a, b = _path(src, 'rename', 'src'), _path(dst, 'rename', 'dst')
    if type(a) is not type(b):
        raise TypeError("rename: src and dst must be the same type")
    _rename(a, b, a, b)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):  # cpython: builtin
    """Rename a file or directory, overwriting the destination.

If either src_dir_fd or dst_dir_fd is not None, it should be a file
  descriptor open to a directory, and the respective path string (src or dst)
  should be relative; the path will then be relative to that directory.
src_dir_fd and dst_dir_fd, may not be implemented on your platform.
  If they are unavailable, using them will raise a NotImplementedError."""
    _unsupported('replace', 'src_dir_fd', src_dir_fd)
    _unsupported('replace', 'dst_dir_fd', dst_dir_fd)
    a, b = _path(src, 'replace', 'src'), _path(dst, 'replace', 'dst')
    if type(a) is not type(b):
        raise TypeError("replace: src and dst must be the same type")
    _rename(a, b, a, b)


def truncate(path, length):  # cpython: builtin
    """Truncate a file, specified by path, to a specific length.

On some platforms, path may also be specified as an open file descriptor.
  If this functionality is unavailable, using it raises an exception."""
    p = _path(path, 'truncate', allow_fd=True)
    if isinstance(p, int):
        _ftruncate(p, length)
    else:
        _truncate(p, length, p)


def readlink(path, *, dir_fd=None):  # cpython: builtin
    """Return a string representing the path to which the symbolic link points.

If dir_fd is not None, it should be a file descriptor open to a directory,
and path should be relative; path will then be relative to that directory.

dir_fd may not be implemented on your platform.  If it is unavailable,
using it will raise a NotImplementedError."""
    _unsupported('readlink', 'dir_fd', dir_fd)
    p = _path(path, 'readlink')
    target = _readlink(p, p)
    return target if isinstance(p, bytes) else target.decode(_FS_ENCODING, _FS_ERRORS)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):  # cpython: builtin
    """Create a symbolic link pointing to src named dst.

target_is_directory is required on Windows if the target is to be
  interpreted as a directory.  (On Windows, symlink requires
  Windows 6.0 or greater, and raises a NotImplementedError otherwise.)
  target_is_directory is ignored on non-Windows platforms.

If dir_fd is not None, it should be a file descriptor open to a directory,
  and path should be relative; path will then be relative to that directory.
dir_fd may not be implemented on your platform.
  If it is unavailable, using it will raise a NotImplementedError."""
    _unsupported('symlink', 'dir_fd', dir_fd)
    a, b = _path(src, 'symlink', 'src'), _path(dst, 'symlink', 'dst')
    _symlink(a, b, a, b)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):  # cpython: builtin
    """Create a hard link to a file.

If either src_dir_fd or dst_dir_fd is not None, it should be a file
  descriptor open to a directory, and the respective path string (src or dst)
  should be relative; the path will then be relative to that directory.
If follow_symlinks is False, and the last element of src is a symbolic
  link, link will create a link to the symbolic link itself instead of the
  file the link points to.
src_dir_fd, dst_dir_fd, and follow_symlinks may not be implemented on your
  platform.  If they are unavailable, using them will raise a
  NotImplementedError."""
    _unsupported('link', 'src_dir_fd', src_dir_fd)
    _unsupported('link', 'dst_dir_fd', dst_dir_fd)
    a, b = _path(src, 'link', 'src'), _path(dst, 'link', 'dst')
    _link(a, b, a, b)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):  # cpython: builtin
    """Change the access permissions of a file.

  path
    Path to be modified.  May always be specified as a str, bytes, or a path-like object.
    On some platforms, path may also be specified as an open file descriptor.
    If this functionality is unavailable, using it raises an exception.
  mode
    Operating-system mode bitfield.
  dir_fd
    If not None, it should be a file descriptor open to a directory,
    and path should be relative; path will then be relative to that
    directory.
  follow_symlinks
    If False, and the last element of the path is a symbolic link,
    chmod will modify the symbolic link itself instead of the file
    the link points to.

It is an error to use dir_fd or follow_symlinks when specifying path as
  an open file descriptor.
dir_fd and follow_symlinks may not be implemented on your platform.
  If they are unavailable, using them will raise a NotImplementedError."""
    _unsupported('chmod', 'dir_fd', dir_fd)
    p = _path(path, 'chmod', allow_fd=True)
    _chmod(p, mode, follow_symlinks, p)


def fchmod(fd, mode):  # cpython: builtin
    """Change the access permissions of the file given by file descriptor fd."""
    _chmod(_index(fd), mode, True)


def utime(path, times=None, *, ns=_absent, dir_fd=None, follow_symlinks=True):  # cpython: builtin
    """Set the access and modified time of path.

path may always be specified as a string.
On some platforms, path may also be specified as an open file descriptor.
  If this functionality is unavailable, using it raises an exception.

If times is not None, it must be a tuple (atime, mtime);
    atime and mtime should be expressed as float seconds since the epoch.
If ns is specified, it must be a tuple (atime_ns, mtime_ns);
    atime_ns and mtime_ns should be expressed as integer nanoseconds
    since the epoch.
If times is None and ns is unspecified, utime uses the current time.
Specifying tuples for both times and ns is an error.

If dir_fd is not None, it should be a file descriptor open to a directory,
  and path should be relative; path will then be relative to that directory.
If follow_symlinks is False, and the last element of the path is a symbolic
  link, utime will modify the symbolic link itself instead of the file the
  link points to.
It is an error to use dir_fd or follow_symlinks when specifying path
  as an open file descriptor.
dir_fd and follow_symlinks may not be available on your platform.
  If they are unavailable, using them will raise a NotImplementedError."""
    _unsupported('utime', 'dir_fd', dir_fd)
    if times is not None and ns is not _absent:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        when = tuple(int(t * 1000000000) if isinstance(t, float) else _index(t) * 1000000000 for t in times)
    elif ns is not _absent:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        when = ns
    else:
        when = None
    p = _path(path, 'utime')
    _utime(p, when, follow_symlinks, p)


def getcwd():  # cpython: builtin
    """Return a unicode string representing the current working directory."""
    return _getcwd().decode(_FS_ENCODING, _FS_ERRORS)


def getcwdb():  # cpython: builtin
    """Return a bytes string representing the current working directory."""
    return _getcwd()


def chdir(path):  # cpython: builtin
    """Change the current working directory to the specified path.

path may always be specified as a string.
On some platforms, path may also be specified as an open file descriptor.
  If this functionality is unavailable, using it raises an exception."""
    p = _path(path, 'chdir')
    _chdir(p, p)


def umask(mask, /):  # cpython: builtin
    """Set the current numeric umask and return the previous umask."""
    return _umask(mask)


def strerror(code, /):  # cpython: builtin
    """Translate an error code to a message string."""
    return _strerror(code)


# The process.

def getpid():  # cpython: builtin
    """Return the current process id."""
    return _ids()[4]


def getppid():  # cpython: builtin
    """Return the parent's process id.

If the parent process has already exited, Windows machines will still
return its id; others systems will return the id of the 'init' process (1)."""
    return _ids()[5]


def getpgrp():  # cpython: builtin
    """Return the current process group id."""
    return _ids()[6]


def getuid():  # cpython: builtin
    """Return the current process's user id."""
    return _ids()[0]


def geteuid():  # cpython: builtin
    """Return the current process's effective user id."""
    return _ids()[1]


def getgid():  # cpython: builtin
    """Return the current process's group id."""
    return _ids()[2]


def getegid():  # cpython: builtin
    """Return the current process's effective group id."""
    return _ids()[3]


def kill(pid, signal, /):  # cpython: builtin
    """Kill a process with a signal."""
    _kill(pid, signal)


def cpu_count():  # cpython: builtin
    """Return the number of CPUs in the system; return None if indeterminable.

This number is not equivalent to the number of CPUs the current process can
use.  The number of usable CPUs can be obtained with
``len(os.sched_getaffinity(0))``"""
    return _cpu_count()


def uname():  # cpython: builtin
    """Return an object identifying the current operating system.

The object behaves like a named tuple with the following fields:
  (sysname, nodename, release, version, machine)"""
    return uname_result(_uname())


def times():  # cpython: builtin
    """Return a collection containing process timing information.

The object returned behaves like a named tuple with these fields:
  (utime, stime, cutime, cstime, elapsed_time)
All fields are floating point numbers."""
    return times_result(_times())


def getloadavg():  # cpython: builtin
    """Return average recent system load information.

Return the number of processes in the system run queue averaged over
the last 1, 5, and 15 minutes as a tuple of three floats.
Raises OSError if the load average was unobtainable."""
    return _getloadavg()


def urandom(size, /):  # cpython: builtin
    """Return a bytes object containing random bytes suitable for cryptographic use."""
    return _urandom(size)


def _exit(status):  # cpython: builtin
    """Exit to the system with specified status, without normal exit processing."""
    _os_exit(status)


def putenv(name, value, /):  # cpython: builtin
    """Change or add an environment variable."""
    _putenv(fsencode(name), fsencode(value))


def unsetenv(name, /):  # cpython: builtin
    """Delete an environment variable."""
    _unsetenv(fsencode(name))


def WIFEXITED(status):  # cpython: builtin
    """Return True if the process returning status exited via the exit() system call."""
    return (_index(status) & 0x7f) == 0


def WEXITSTATUS(status):  # cpython: builtin
    """Return the process return code from status."""
    return (_index(status) >> 8) & 0xff


def WIFSIGNALED(status):  # cpython: builtin
    """Return True if the process returning status was terminated by a signal."""
    status = _index(status)
    return ((status & 0x7f) + 1) >> 1 > 0 and (status & 0x7f) != 0x7f and (status & 0x7f) != 0


def WTERMSIG(status):  # cpython: builtin
    """Return the signal that terminated the process that provided the status value."""
    return _index(status) & 0x7f


def WIFSTOPPED(status):  # cpython: builtin
    """Return True if the process returning status was stopped."""
    return (_index(status) & 0xff) == 0x7f


def WSTOPSIG(status):  # cpython: builtin
    """Return the signal that stopped the process that provided the status value."""
    return (_index(status) >> 8) & 0xff


def WIFCONTINUED(status):  # cpython: builtin
    """Return True if a particular process was continued from a job control stop.

Return True if the process returning status was continued from a
job control stop."""
    return _index(status) == 0xffff


def WCOREDUMP(status, /):  # cpython: builtin
    """Return True if the process returning status was dumped to a core file."""
    return (_index(status) & 0x80) != 0


# Directory entries.

_DT_DIR = 4
_DT_REG = 8
_DT_LNK = 10
_DT_UNKNOWN = 0


class DirEntry:  # cpython: builtin
    __module__ = 'posix'
    def __init__(self, *args, **kwargs):  # cpython: builtin
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __repr__(self):  # cpython: builtin
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):  # cpython: builtin
        """Returns the path for the entry."""
        return self.path

    def inode(self):  # cpython: builtin
        """Return inode of the entry; cached per entry."""
        return self._ino

    def _lstat(self):  # cpython: builtin
        if self._lstat_result is None:
            self._lstat_result = lstat(self.path, dir_fd=self._dir_fd)
        return self._lstat_result

    def stat(self, *, follow_symlinks=True):  # cpython: builtin
        """Return stat_result object for the entry; cached per entry."""
        if not follow_symlinks:
            return self._lstat()
        if self._stat_result is None:
            if self.is_symlink():
                self._stat_result = stat(self.path, dir_fd=self._dir_fd)
            else:
                self._stat_result = self._lstat()
        return self._stat_result

    def _test_mode(self, follow_symlinks, mode_bits, d_type):  # cpython: builtin
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == d_type
        try:
            st_mode = self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return False
        return (st_mode & 0o170000) == mode_bits

    def is_dir(self, *, follow_symlinks=True):  # cpython: builtin
        """Return True if the entry is a directory; cached per entry."""
        return self._test_mode(follow_symlinks, 0o040000, _DT_DIR)

    def is_file(self, *, follow_symlinks=True):  # cpython: builtin
        """Return True if the entry is a file; cached per entry."""
        return self._test_mode(follow_symlinks, 0o100000, _DT_REG)

    def is_symlink(self):  # cpython: builtin
        """Return True if the entry is a symbolic link; cached per entry."""
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        return (self._lstat().st_mode & 0o170000) == 0o120000

    __class_getitem__ = classmethod(_generic_alias)


_builtin_type(DirEntry, 'posix.DirEntry')


def _dir_entry(directory, name, d_type, ino):  # cpython: builtin
    entry = object.__new__(DirEntry)
    entry.name = name
    entry._dir_fd = None
    if isinstance(directory, int):  # scandir(fd): names only, stat() relative to the fd
        entry.path = name
        entry._dir_fd = directory
    elif directory.endswith('/' if isinstance(directory, str) else b'/'):
        entry.path = directory + name
    else:
        entry.path = directory + ('/' if isinstance(directory, str) else b'/') + name
    entry._d_type = d_type
    entry._ino = ino
    entry._stat_result = None
    entry._lstat_result = None
    return entry


class ScandirIterator:  # cpython: builtin
    __module__ = 'posix'
    def __init__(self, *args, **kwargs):  # cpython: builtin
        raise TypeError("cannot create 'posix.ScandirIterator' instances")

    def __iter__(self):  # cpython: builtin
        return self

    def __next__(self):  # cpython: builtin
        if self._index >= len(self._entries):
            self._entries = []
            raise StopIteration
        entry = self._entries[self._index]
        self._index += 1
        return entry

    def close(self):  # cpython: builtin
        self._index = len(self._entries)

    def __enter__(self):  # cpython: builtin
        return self

    def __exit__(self, *args):  # cpython: builtin
        self.close()
        return False


_builtin_type(ScandirIterator, 'posix.ScandirIterator')


def scandir(path=None):  # cpython: builtin
    """Return an iterator of DirEntry objects for given path.

path can be specified as either str, bytes, or a path-like object.  If path
is bytes, the names of yielded DirEntry objects will also be bytes; in
all other circumstances they will be str.

If path is None, uses the path='.'."""
    p = _path(path, 'scandir', allow_fd=True, nullable=True)
    entries = []
    for raw, d_type, ino in _listdir(p, p):
        name = raw if isinstance(p, bytes) else raw.decode(_FS_ENCODING, _FS_ERRORS)
        entries.append(_dir_entry(p, name, d_type, ino))
    it = object.__new__(ScandirIterator)
    it._entries = entries
    it._index = 0
    return it


import posixpath as path



def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  Works like
    mkdir, except that any intermediate path segment (not just the rightmost)
    will be created if it does not exist. If the target directory already
    exists, raise an OSError if exist_ok is False. Otherwise no exception is
    raised.  This is recursive.

    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Defeats race condition when another thread created the path
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:           # xxx/newdir/. exists if xxx/newdir exists
            return
    try:
        mkdir(name, mode)
    except OSError:
        # Cannot rely on checking for EEXIST, since the operating system
        # could give priority to other errors like EACCES or EROFS
        if not exist_ok or not path.isdir(name):
            raise

def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate
    ones.  Works like rmdir except that, if the leaf directory is
    successfully removed, directories corresponding to rightmost path
    segments will be pruned away until either the whole path is
    consumed or an error occurs.  Errors during this latter phase are
    ignored -- they generally mean that a directory was not empty.

    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)

def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty.  Works like rename, except creation of any intermediate
    directories needed to make the new pathname good is attempted
    first.  After the rename, directories corresponding to rightmost
    path segments of the old name will be pruned until either the
    whole path is consumed or a nonempty directory is found.

    Note: this function can fail with the new directory structure made
    if you lack permissions needed to unlink the leaf directory or
    file.

    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass



def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator.

    For each directory in the directory tree rooted at top (including top
    itself, but excluding '.' and '..'), yields a 3-tuple

        dirpath, dirnames, filenames

    dirpath is a string, the path to the directory.  dirnames is a list of
    the names of the subdirectories in dirpath (including symlinks to directories,
    and excluding '.' and '..').
    filenames is a list of the names of the non-directory files in dirpath.
    Note that the names in the lists are just names, with no path components.
    To get a full path (which begins with top) to a file or directory in
    dirpath, do os.path.join(dirpath, name).

    If optional arg 'topdown' is true or not specified, the triple for a
    directory is generated before the triples for any of its subdirectories
    (directories are generated top down).  If topdown is false, the triple
    for a directory is generated after the triples for all of its
    subdirectories (directories are generated bottom up).

    When topdown is true, the caller can modify the dirnames list in-place
    (e.g., via del or slice assignment), and walk will only recurse into the
    subdirectories whose names remain in dirnames; this can be used to prune the
    search, or to impose a specific order of visiting.  Modifying dirnames when
    topdown is false has no effect on the behavior of os.walk(), since the
    directories in dirnames have already been generated by the time dirnames
    itself is generated. No matter the value of topdown, the list of
    subdirectories is retrieved before the tuples for the directory and its
    subdirectories are generated.

    By default errors from the os.scandir() call are ignored.  If
    optional arg 'onerror' is specified, it should be a function; it
    will be called with one argument, an OSError instance.  It can
    report the error to continue with the walk, or raise the exception
    to abort the walk.  Note that the filename is available as the
    filename attribute of the exception object.

    By default, os.walk does not follow symbolic links to subdirectories on
    systems that support them.  In order to get this functionality, set the
    optional argument 'followlinks' to true.

    Caution:  if you pass a relative pathname for top, don't change the
    current working directory between resumptions of walk.  walk never
    changes the current directory, and assumes that the client doesn't
    either.

    Example:

    import os
    from os.path import join, getsize
    for root, dirs, files in os.walk('python/Lib/email'):
        print(root, "consumes ")
        print(sum(getsize(join(root, name)) for name in files), end=" ")
        print("bytes in", len(files), "non-directory files")
        if 'CVS' in dirs:
            dirs.remove('CVS')  # don't visit CVS directories

    """
    return _walk(fspath(top), topdown, onerror, followlinks)

def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []

    # We may not have read permission for top, in which case we can't
    # get a list of the files the directory contains.  os.walk
    # always suppressed the exception then, rather than blow up for a
    # minor reason when (say) a thousand readable directories are still
    # left to visit.  That logic is copied here.
    try:
        # Note that scandir is global in this module due
        # to earlier import-*.
        scandir_it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return

    with scandir_it:
        while True:
            try:
                try:
                    entry = next(scandir_it)
                except StopIteration:
                    break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return

            try:
                is_dir = entry.is_dir()
            except OSError:
                # If is_dir() raises an OSError, consider that the entry is not
                # a directory, same behaviour than os.path.isdir().
                is_dir = False

            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)

            if not topdown and is_dir:
                # Bottom-up: recurse into sub-directory, but exclude symlinks to
                # directories if followlinks is False
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        # If is_symlink() raises an OSError, consider that the
                        # entry is not a symbolic link, same behaviour than
                        # os.path.islink().
                        is_symlink = False
                    walk_into = not is_symlink

                if walk_into:
                    walk_dirs.append(entry.path)

    # Yield before recursion if going top down
    if topdown:
        yield top, dirs, nondirs

        # Recurse into sub-directories
        islink, join = path.islink, path.join
        for dirname in dirs:
            new_path = join(top, dirname)
            # Issue #23605: os.path.islink() is used instead of caching
            # entry.is_symlink() result during the loop on os.scandir() because
            # the caller can replace the directory entry during the "yield"
            # above.
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        # Recurse into sub-directories
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        # Yield after recursion if going bottom up
        yield top, dirs, nondirs




def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process.

    *env* must be an environment variable dict or None.  If *env* is None,
    os.environ will be used.
    """
    if env is None:
        env = environ

    try:
        path_list = env.get('PATH')
    except TypeError:
        path_list = None

    if supports_bytes_environ:
        try:
            path_listb = env[b'PATH']
        except (KeyError, TypeError):
            pass
        else:
            if path_list is not None:
                raise ValueError(
                    "env cannot contain 'PATH' and b'PATH' keys")
            path_list = path_listb

        if path_list is not None and isinstance(path_list, bytes):
            path_list = fsdecode(path_list)

    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# CPython's _Environ is a MutableMapping: its mixin methods are written out here.
class _Environ:
    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None

    def __iter__(self):
        # list() from dict object is an atomic operation
        keys = list(self._data)
        for key in keys:
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted_items = ", ".join(
            f"{self.decodekey(key)!r}: {self.decodevalue(value)!r}"
            for key, value in self._data.items()
        )
        return f"environ({{{formatted_items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    # Mapping's and MutableMapping's mixin methods (_collections_abc.py).
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return [key for key in self]

    def items(self):
        return [(key, self[key]) for key in self]

    def values(self):
        return [self[key] for key in self]

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    __hash__ = None


def _is_mapping(value):
    from _aiocc import is_mapping
    return isinstance(value, (dict, _Environ)) or is_mapping(value)


def _createenviron():
    # Where Env Var Names Can Be Mixed Case
    encoding = _FS_ENCODING
    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value.encode(encoding, 'surrogateescape')
    def decode(value):
        return value.decode(encoding, 'surrogateescape')
    encodekey = encode
    data = dict(_environ())
    return _Environ(data,
        encodekey, decode,
        encode, decode)

# unicode environ
environ = _createenviron()
del _createenviron


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)

supports_bytes_environ = True


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value

# bytes environ
environb = _Environ(environ._data,
    _check_bytes, bytes,
    _check_bytes, bytes)
del _check_bytes

def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


class PathLike(abc.ABC):

    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__') or NotImplemented
        return NotImplemented

    __class_getitem__ = classmethod(_generic_alias)


# dir_fd, fd arguments to path functions and follow_symlinks: which functions take them.
supports_dir_fd = {open, stat, lstat, mkdir, rmdir, remove, unlink}
supports_effective_ids = set()
supports_fd = {stat, truncate, chmod, listdir, scandir}
supports_follow_symlinks = {stat, access, chmod, utime, link}

__all__ = [
    'altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name', 'path',
    'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode', 'get_exec_path',
    'extsep', '_exit', 'CLD_CONTINUED', 'CLD_DUMPED', 'CLD_EXITED', 'CLD_KILLED',
    'CLD_STOPPED', 'CLD_TRAPPED', 'DirEntry', 'EFD_CLOEXEC', 'EFD_NONBLOCK', 'EFD_SEMAPHORE',
    'EX_CANTCREAT', 'EX_CONFIG', 'EX_DATAERR', 'EX_IOERR', 'EX_NOHOST', 'EX_NOINPUT', 'EX_NOPERM',
    'EX_NOUSER', 'EX_OK', 'EX_OSERR', 'EX_OSFILE', 'EX_PROTOCOL', 'EX_SOFTWARE', 'EX_TEMPFAIL',
    'EX_UNAVAILABLE', 'EX_USAGE', 'F_LOCK', 'F_OK', 'F_TEST', 'F_TLOCK', 'F_ULOCK',
    'GRND_NONBLOCK', 'GRND_RANDOM', 'MFD_ALLOW_SEALING', 'MFD_CLOEXEC', 'MFD_HUGETLB',
    'MFD_HUGE_16GB', 'MFD_HUGE_16MB', 'MFD_HUGE_1GB', 'MFD_HUGE_1MB', 'MFD_HUGE_256MB',
    'MFD_HUGE_2GB', 'MFD_HUGE_2MB', 'MFD_HUGE_32MB', 'MFD_HUGE_512KB', 'MFD_HUGE_512MB',
    'MFD_HUGE_64KB', 'MFD_HUGE_8MB', 'MFD_HUGE_MASK', 'MFD_HUGE_SHIFT', 'NGROUPS_MAX', 'O_ACCMODE',
    'O_APPEND', 'O_ASYNC', 'O_CLOEXEC', 'O_CREAT', 'O_DIRECT', 'O_DIRECTORY', 'O_DSYNC', 'O_EXCL',
    'O_FSYNC', 'O_LARGEFILE', 'O_NDELAY', 'O_NOATIME', 'O_NOCTTY', 'O_NOFOLLOW', 'O_NONBLOCK',
    'O_PATH', 'O_RDONLY', 'O_RDWR', 'O_RSYNC', 'O_SYNC', 'O_TMPFILE', 'O_TRUNC', 'O_WRONLY',
    'POSIX_FADV_DONTNEED', 'POSIX_FADV_NOREUSE', 'POSIX_FADV_NORMAL', 'POSIX_FADV_RANDOM',
    'POSIX_FADV_SEQUENTIAL', 'POSIX_FADV_WILLNEED', 'POSIX_SPAWN_CLOSE', 'POSIX_SPAWN_DUP2',
    'POSIX_SPAWN_OPEN', 'PRIO_PGRP', 'PRIO_PROCESS', 'PRIO_USER', 'P_ALL', 'P_PGID', 'P_PID',
    'P_PIDFD', 'RTLD_DEEPBIND', 'RTLD_GLOBAL', 'RTLD_LAZY', 'RTLD_LOCAL', 'RTLD_NODELETE',
    'RTLD_NOLOAD', 'RTLD_NOW', 'RWF_APPEND', 'RWF_DSYNC', 'RWF_HIPRI', 'RWF_NOWAIT', 'RWF_SYNC',
    'R_OK', 'SCHED_BATCH', 'SCHED_FIFO', 'SCHED_IDLE', 'SCHED_OTHER', 'SCHED_RESET_ON_FORK',
    'SCHED_RR', 'SEEK_DATA', 'SEEK_HOLE', 'SPLICE_F_MORE', 'SPLICE_F_MOVE', 'SPLICE_F_NONBLOCK',
    'ST_APPEND', 'ST_MANDLOCK', 'ST_NOATIME', 'ST_NODEV', 'ST_NODIRATIME', 'ST_NOEXEC',
    'ST_NOSUID', 'ST_RDONLY', 'ST_RELATIME', 'ST_SYNCHRONOUS', 'ST_WRITE', 'TMP_MAX', 'WCONTINUED',
    'WCOREDUMP', 'WEXITED', 'WEXITSTATUS', 'WIFCONTINUED', 'WIFEXITED', 'WIFSIGNALED',
    'WIFSTOPPED', 'WNOHANG', 'WNOWAIT', 'WSTOPPED', 'WSTOPSIG', 'WTERMSIG', 'WUNTRACED', 'W_OK',
    'XATTR_CREATE', 'XATTR_REPLACE', 'XATTR_SIZE_MAX', 'X_OK', 'access', 'chdir', 'chmod', 'close',
    'closerange', 'cpu_count', 'dup', 'dup2', 'environ', 'error', 'fchmod', 'fspath', 'fstat',
    'fsync', 'ftruncate', 'get_blocking', 'get_inheritable', 'get_terminal_size', 'getcwd',
    'getcwdb', 'getegid', 'geteuid', 'getgid', 'getloadavg', 'getpgrp', 'getpid', 'getppid',
    'getuid', 'isatty', 'kill', 'link', 'listdir', 'lseek', 'lstat', 'mkdir', 'open', 'pipe',
    'putenv', 'read', 'readlink', 'remove', 'rename', 'replace', 'rmdir', 'scandir',
    'set_blocking', 'set_inheritable', 'stat', 'stat_result', 'strerror', 'symlink',
    'terminal_size', 'times', 'times_result', 'truncate', 'umask', 'uname', 'uname_result',
    'unlink', 'unsetenv', 'urandom', 'utime', 'write', 'makedirs', 'removedirs', 'renames', 'walk', 'fdopen',
    'getenv', 'supports_bytes_environ', 'environb', 'getenvb', 'P_WAIT', 'P_NOWAIT', 'P_NOWAITO'
]
