// The operating system's calls behind aiocc's os, errno and io modules (runtime/lib/os.py,
// errno.py, _pyio-derived io.py): CPython's posixmodule.c, reached through _aiocc. Paths come
// as str or bytes (os.fspath done by the caller) with the object to name in an OSError.
#pragma once

#include "aiocc/py/function.h"
#include "aiocc/py/object.h"

#define AIOCC_POSIX_FUNCTIONS(X) \
  X(os_open) X(os_read) X(os_write) X(os_close) X(os_lseek) X(os_stat) X(os_isatty) X(os_ftruncate) \
  X(os_truncate) X(os_listdir) X(os_mkdir) X(os_rmdir) X(os_unlink) X(os_rename) X(os_getcwd) X(os_chdir) \
  X(os_strerror) X(os_access) X(os_environ) X(os_putenv) X(os_unsetenv) X(os_cpu_count) X(os_readlink) \
  X(os_symlink) X(os_link) X(os_chmod) X(os_utime) X(os_umask) X(os_ids) X(os_uname) X(os_kill) X(os_fsync) \
  X(os_dup) X(os_dup2) X(os_pipe) X(os_get_inheritable) X(os_set_inheritable) X(os_get_blocking) \
  X(os_set_blocking) X(os_exit) X(os_getloadavg) X(os_times) X(locale_encoding) X(errno_codes) \
  X(pwd_lookup) X(pwd_all) X(grp_lookup) X(grp_all) X(sys_facts)

namespace aiocc::posix_module {
#define AIOCC_DECLARE(name) \
  Object name(Args args, Kwargs kw); \
  extern BuiltinFunction name##_fn;
AIOCC_POSIX_FUNCTIONS(AIOCC_DECLARE)
#undef AIOCC_DECLARE
}  // namespace aiocc::posix_module
