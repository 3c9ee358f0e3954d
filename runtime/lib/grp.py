"""Access to the Unix group database.

Group entries are reported as 4-tuples containing the following fields
from the group database, in order:

  gr_name   - name of the group
  gr_passwd - group password (encrypted); often empty
  gr_gid    - numeric ID of the group
  gr_mem    - list of members

The gid is an integer, name and password are strings.  (Note that most
users are not explicitly listed as members of the groups they are in
according to the password database.  Check both databases to get
complete membership information.)"""

# aiocc's grp: CPython's C module (Modules/grpmodule.c) over getgrgid_r/getgrnam_r/getgrent
# (runtime/src/modules/posix.cpp).

from _aiocc import grp_lookup as _lookup, grp_all as _all, builtin_type as _builtin_type
from _aiocc_structseq import structseq as _structseq, member as _member


class struct_group(_structseq):  # cpython: builtin
    """grp.struct_group: Results from getgr*() routines.

This object may be accessed either as a tuple of
  (gr_name,gr_passwd,gr_gid,gr_mem)
or via the object attributes as named in the above tuple.
"""
    _type_name = 'grp.struct_group'
    _fields = ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem')
    n_sequence_fields = n_fields = 4
    __match_args__ = _fields
    gr_name = _member('grp.struct_group', 0, 'gr_name', "group name")
    gr_passwd = _member('grp.struct_group', 1, 'gr_passwd', "password")
    gr_gid = _member('grp.struct_group', 2, 'gr_gid', "group id")
    gr_mem = _member('grp.struct_group', 3, 'gr_mem', "group members")


_builtin_type(struct_group, 'grp.struct_group')


def _gid(value):  # cpython: builtin
    """_Py_Gid_Converter: an int that fits gid_t, or -1 for (gid_t)-1. A value within C long's
    range that gid_t truncates is "less than minimum", as CPython says."""
    if not isinstance(value, int):
        if not hasattr(type(value), '__index__'):
            raise TypeError("gid should be integer, not %s" % type(value).__name__)
        value = type(value).__index__(value)
    if value == -1:
        return 0xFFFFFFFF
    if value < 0 or (value <= 0x7FFFFFFFFFFFFFFF and value > 0xFFFFFFFF):
        raise OverflowError("gid is less than minimum")
    if value > 0xFFFFFFFF:
        raise OverflowError("gid is greater than maximum")
    return value


def getgrgid(id):  # cpython: builtin
    """Return the group database entry for the given numeric group ID.

If id is not valid, raise KeyError."""
    entry = _lookup(_gid(id))
    if entry is None:
        raise KeyError("getgrgid(): gid not found: %s" % id)
    return struct_group(entry)


def getgrnam(name):  # cpython: builtin
    """Return the group database entry for the given group name.

If name is not valid, raise KeyError."""
    if not isinstance(name, str):
        raise TypeError("getgrnam() argument 'name' must be str, not %s" % type(name).__name__)
    entry = _lookup(name)
    if entry is None:
        raise KeyError("getgrnam(): name not found: %r" % name)
    return struct_group(entry)


def getgrall():  # cpython: builtin
    """Return a list of all available group entries, in arbitrary order.

An entry whose name starts with '+' or '-' represents an instruction
to use YP/NIS and may not be accessible via getgrnam or getgrgid."""
    return [struct_group(entry) for entry in _all()]
