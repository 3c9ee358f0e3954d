"""This module provides access to the Unix password database.
It is available on all Unix versions.

Password database entries are reported as 7-tuples containing the following
items from the password database (see `<pwd.h>'), in order:
pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.
The uid and gid items are integers, all others are strings. An
exception is raised if the entry asked for cannot be found."""

# aiocc's pwd: CPython's C module (Modules/pwdmodule.c) over getpwuid_r/getpwnam_r/getpwent
# (runtime/src/modules/posix.cpp).

from _aiocc import pwd_lookup as _lookup, pwd_all as _all, builtin_type as _builtin_type
from _aiocc_structseq import structseq as _structseq, member as _member

__all__ = ['getpwall', 'getpwnam', 'getpwuid', 'struct_passwd']


class struct_passwd(_structseq):  # cpython: builtin
    """pwd.struct_passwd: Results from getpw*() routines.

This object may be accessed either as a tuple of
  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
or via the object attributes as named in the above tuple."""
    _type_name = 'pwd.struct_passwd'
    _fields = ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell')
    n_sequence_fields = n_fields = 7
    __match_args__ = _fields
    pw_name = _member('pwd.struct_passwd', 0, 'pw_name', "user name")
    pw_passwd = _member('pwd.struct_passwd', 1, 'pw_passwd', "password")
    pw_uid = _member('pwd.struct_passwd', 2, 'pw_uid', "user id")
    pw_gid = _member('pwd.struct_passwd', 3, 'pw_gid', "group id")
    pw_gecos = _member('pwd.struct_passwd', 4, 'pw_gecos', "real name")
    pw_dir = _member('pwd.struct_passwd', 5, 'pw_dir', "home directory")
    pw_shell = _member('pwd.struct_passwd', 6, 'pw_shell', "shell program")


_builtin_type(struct_passwd, 'pwd.struct_passwd')


def getpwuid(uidobj, /):  # cpython: builtin
    """Return the password database entry for the given numeric user ID.

See `help(pwd)` for more on password database entries."""
    # _Py_Uid_Converter: an int that fits uid_t, or -1 for (uid_t)-1; past those, no such uid.
    uid = uidobj
    if not isinstance(uid, int):
        if not hasattr(type(uid), '__index__'):
            raise TypeError("uid should be integer, not %s" % type(uid).__name__)
        uid = type(uid).__index__(uid)
    if uid < -1 or uid > 0xFFFFFFFF:
        raise KeyError("getpwuid(): uid not found")
    entry = _lookup(uid & 0xFFFFFFFF)
    if entry is None:
        raise KeyError("getpwuid(): uid not found: %s" % uidobj)
    return struct_passwd(entry)


def getpwnam(name, /):  # cpython: builtin
    """Return the password database entry for the given user name.

See `help(pwd)` for more on password database entries."""
    if not isinstance(name, str):
        raise TypeError("getpwnam() argument must be str, not %s" % type(name).__name__)
    entry = _lookup(name)
    if entry is None:
        raise KeyError("getpwnam(): name not found: %r" % name)
    return struct_passwd(entry)


def getpwall():  # cpython: builtin
    """Return a list of all available password database entries, in arbitrary order.

See help(pwd) for more on password database entries."""
    return [struct_passwd(entry) for entry in _all()]
