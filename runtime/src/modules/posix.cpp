// The C side of os, errno and io (runtime/include/aiocc/py/posix.h): thin calls to the system,
// with posixmodule.c's conversions and errors. Arguments are checked by the Python callers.
#include "aiocc/py/posix.h"

#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <langinfo.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "../objects/bytes_internal.h"
#include "../objects/internal.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/bytes.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/protocols.h"
#include "aiocc/py/str.h"

extern char** environ;

namespace aiocc::posix_module {

namespace {
// A C int argument ("i" format: __index__, OverflowError past the C range).
int int_arg(const Object& o) {
  int64_t v;
  if (!aiocc::detail::small(number_index(o), v) || v < INT32_MIN || v > INT32_MAX) {
    raise(&exc::OverflowError, v < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
  }
  return static_cast<int>(v);
}
int64_t long_arg(const Object& o) {
  int64_t v;
  if (!aiocc::detail::small(number_index(o), v)) raise(&exc::OverflowError, "Python int too large to convert to C long");
  return v;
}
// A path as the system takes it: bytes as they are, str encoded with surrogateescape (the
// file system encoding, UTF-8); an embedded NUL is CPython's ValueError.
std::string fs(const Object& path, const char* fname) {
  std::string s = is_bytes_like(path) ? path.as<BytesLike>()->data
                                      : encode_text(str_value(path), py_str("utf-8"), py_str("surrogateescape"), fname);
  if (s.find('\0') != std::string::npos) raise(&exc::ValueError, std::string(fname) + ": embedded null character in path");
  return s;
}
// The object an OSError names: the caller's original path when it passes one.
const Object& named(Args args, size_t i, const Object& fallback) {
  return args.size() > i && !args[i].is_none() ? args[i] : fallback;
}
// The directory a relative path is taken from: dir_fd, or the current directory.
int dir_fd_arg(Args args, size_t i) {
  return args.size() > i && !args[i].is_none() ? int_arg(args[i]) : AT_FDCWD;
}
// Retries a call interrupted by a signal, after its handler ran (PEP 475).
template <class F>
auto retry(F f) {
  for (;;) {
    auto r = f();
    if (r != -1 || errno != EINTR) return r;
    check_signals();
  }
}
Object time_pair(const struct timespec& t) {
  return py_tuple({py_int(static_cast<int64_t>(t.tv_sec)), py_int(static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec)});
}
}  // namespace

// os_open(path, flags, mode[, filename[, dir_fd]]) -> fd
Object os_open(Args args, Kwargs) {
  const std::string p = fs(args[0], "open");
  const int flags = int_arg(args[1]) | O_CLOEXEC, mode = int_arg(args[2]), dir = dir_fd_arg(args, 4);
  const int fd = retry([&] { return ::openat(dir, p.c_str(), flags, mode); });
  if (fd < 0) raise_os_error(errno, named(args, 3, args[0]));
  return py_int(fd);
}

// os_read(fd, n) -> bytes
Object os_read(Args args, Kwargs) {
  const int fd = int_arg(args[0]);
  const int64_t n = long_arg(args[1]);
  if (n < 0) raise_os_error(EINVAL);
  std::string buf(static_cast<size_t>(n), '\0');
  const ssize_t got = retry([&] { return ::read(fd, buf.data(), buf.size()); });
  if (got < 0) raise_os_error(errno);
  buf.resize(static_cast<size_t>(got));
  return py_bytes(std::move(buf));
}

// os_write(fd, data) -> bytes written
Object os_write(Args args, Kwargs) {
  const int fd = int_arg(args[0]);
  if (!is_bytes_like(args[1])) {
    raise(&exc::TypeError, "a bytes-like object is required, not '" + type_of(args[1])->name + "'");
  }
  const std::string& d = args[1].as<BytesLike>()->data;
  const ssize_t n = retry([&] { return ::write(fd, d.data(), d.size()); });
  if (n < 0) raise_os_error(errno);
  return py_int(static_cast<int64_t>(n));
}

Object os_close(Args args, Kwargs) {
  if (::close(int_arg(args[0])) != 0 && errno != EINTR) raise_os_error(errno);
  return None;
}

Object os_lseek(Args args, Kwargs) {
  const off_t r = ::lseek(int_arg(args[0]), long_arg(args[1]), int_arg(args[2]));
  if (r < 0) raise_os_error(errno);
  return py_int(static_cast<int64_t>(r));
}

// os_stat(path or fd, follow_symlinks[, filename[, dir_fd]]) -> (mode, ino, dev, nlink, uid, gid, size,
// (atime s, ns), (mtime s, ns), (ctime s, ns), blksize, blocks, rdev)
Object os_stat(Args args, Kwargs) {
  struct stat st;
  int r;
  if (is_int(args[0])) {
    r = retry([&] { return ::fstat(int_arg(args[0]), &st); });
    if (r != 0) raise_os_error(errno);
  } else {
    const std::string p = fs(args[0], "stat");
    r = ::fstatat(dir_fd_arg(args, 3), p.c_str(), &st, truthy(args[1]) ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r != 0) raise_os_error(errno, named(args, 2, args[0]));
  }
  auto u = [](auto v) { return py_int(static_cast<int64_t>(v)); };
  return py_tuple({u(st.st_mode), u(st.st_ino), u(st.st_dev), u(st.st_nlink), u(st.st_uid), u(st.st_gid),
                   u(st.st_size), time_pair(st.st_atim), time_pair(st.st_mtim), time_pair(st.st_ctim),
                   u(st.st_blksize), u(st.st_blocks), u(st.st_rdev)});
}

Object os_isatty(Args args, Kwargs) { return Object::from_bool(::isatty(int_arg(args[0])) != 0); }

Object os_ftruncate(Args args, Kwargs) {
  if (retry([&] { return ::ftruncate(int_arg(args[0]), long_arg(args[1])); }) != 0) raise_os_error(errno);
  return None;
}

Object os_truncate(Args args, Kwargs) {
  const std::string p = fs(args[0], "truncate");
  if (::truncate(p.c_str(), long_arg(args[1])) != 0) raise_os_error(errno, named(args, 2, args[0]));
  return None;
}

// os_listdir(path or fd[, filename]) -> [(name bytes, d_type, d_ino)], without . and ..
Object os_listdir(Args args, Kwargs) {
  DIR* d;
  if (is_int(args[0])) {  // a directory's fd: read from its start, the fd left open
    const int fd = ::fcntl(int_arg(args[0]), F_DUPFD_CLOEXEC, 0);
    if (fd < 0) raise_os_error(errno);
    d = ::fdopendir(fd);
    if (!d) {
      const int err = errno;
      ::close(fd);
      raise_os_error(err);
    }
    ::rewinddir(d);
  } else {
    const std::string p = fs(args[0], "listdir");
    d = ::opendir(p.c_str());
  }
  if (!d) raise_os_error(errno, named(args, 1, args[0]));
  std::vector<Object> out;
  errno = 0;
  while (struct dirent* e = ::readdir(d)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    out.push_back(py_tuple({py_bytes(e->d_name), py_int(static_cast<int64_t>(e->d_type)),
                            py_int(static_cast<int64_t>(e->d_ino))}));
  }
  const int err = errno;
  ::closedir(d);
  if (err) raise_os_error(err, named(args, 1, args[0]));
  return py_list(std::move(out));
}

Object os_mkdir(Args args, Kwargs) {
  const std::string p = fs(args[0], "mkdir");
  if (::mkdirat(dir_fd_arg(args, 3), p.c_str(), static_cast<mode_t>(int_arg(args[1]))) != 0) {
    raise_os_error(errno, named(args, 2, args[0]));
  }
  return None;
}

Object os_rmdir(Args args, Kwargs) {
  const std::string p = fs(args[0], "rmdir");
  if (::unlinkat(dir_fd_arg(args, 2), p.c_str(), AT_REMOVEDIR) != 0) raise_os_error(errno, named(args, 1, args[0]));
  return None;
}

Object os_unlink(Args args, Kwargs) {
  const std::string p = fs(args[0], "remove");
  if (::unlinkat(dir_fd_arg(args, 2), p.c_str(), 0) != 0) raise_os_error(errno, named(args, 1, args[0]));
  return None;
}

// os_rename(src, dst[, src name, dst name]): rename and replace, which POSIX makes the same.
Object os_rename(Args args, Kwargs) {
  const std::string a = fs(args[0], "rename"), b = fs(args[1], "rename");
  if (::rename(a.c_str(), b.c_str()) != 0) raise_os_error(errno, named(args, 2, args[0]), named(args, 3, args[1]));
  return None;
}

Object os_getcwd(Args, Kwargs) {
  std::vector<char> buf(4096);
  while (::getcwd(buf.data(), buf.size()) == nullptr) {
    if (errno != ERANGE) raise_os_error(errno);
    buf.resize(buf.size() * 2);
  }
  return py_bytes(buf.data());
}

Object os_chdir(Args args, Kwargs) {
  const std::string p = fs(args[0], "chdir");
  if (::chdir(p.c_str()) != 0) raise_os_error(errno, named(args, 1, args[0]));
  return None;
}

Object os_strerror(Args args, Kwargs) { return py_str(std::strerror(int_arg(args[0]))); }

// os_access(path, mode, follow_symlinks) -> bool
Object os_access(Args args, Kwargs) {
  const std::string p = fs(args[0], "access");
  const int flags = args.size() > 2 && !truthy(args[2]) ? AT_SYMLINK_NOFOLLOW : 0;
  return Object::from_bool(::faccessat(AT_FDCWD, p.c_str(), int_arg(args[1]), flags) == 0);
}

// os_environ() -> [(name bytes, value bytes)] in the process's order
Object os_environ(Args, Kwargs) {
  std::vector<Object> out;
  for (char** e = environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq || eq == *e) continue;  // posixmodule.c skips entries without a name
    out.push_back(py_tuple({py_bytes(std::string(static_cast<const char*>(*e), eq)), py_bytes(std::string(eq + 1))}));
  }
  return py_list(std::move(out));
}

Object os_putenv(Args args, Kwargs) {
  const std::string k = fs(args[0], "putenv"), v = fs(args[1], "putenv");
  if (k.empty() || k.find('=') != std::string::npos) raise(&exc::ValueError, "illegal environment variable name");
  if (::setenv(k.c_str(), v.c_str(), 1) != 0) raise_os_error(errno);
  return None;
}

Object os_unsetenv(Args args, Kwargs) {
  const std::string k = fs(args[0], "unsetenv");
  if (k.empty() || k.find('=') != std::string::npos) raise(&exc::ValueError, "illegal environment variable name");
  if (::unsetenv(k.c_str()) != 0) raise_os_error(errno);
  return None;
}

Object os_cpu_count(Args, Kwargs) {
  const long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n >= 1 ? py_int(static_cast<int64_t>(n)) : None;
}

Object os_readlink(Args args, Kwargs) {
  const std::string p = fs(args[0], "readlink");
  std::vector<char> buf(4096);
  for (;;) {
    const ssize_t n = ::readlink(p.c_str(), buf.data(), buf.size());
    if (n < 0) raise_os_error(errno, named(args, 1, args[0]));
    if (static_cast<size_t>(n) < buf.size()) return py_bytes(std::string(buf.data(), static_cast<size_t>(n)));
    buf.resize(buf.size() * 2);
  }
}

Object os_symlink(Args args, Kwargs) {
  const std::string a = fs(args[0], "symlink"), b = fs(args[1], "symlink");
  if (::symlink(a.c_str(), b.c_str()) != 0) raise_os_error(errno, named(args, 2, args[0]), named(args, 3, args[1]));
  return None;
}

Object os_link(Args args, Kwargs) {
  const std::string a = fs(args[0], "link"), b = fs(args[1], "link");
  if (::link(a.c_str(), b.c_str()) != 0) raise_os_error(errno, named(args, 2, args[0]), named(args, 3, args[1]));
  return None;
}

// os_chmod(path or fd, mode, follow_symlinks[, filename])
Object os_chmod(Args args, Kwargs) {
  const mode_t mode = static_cast<mode_t>(int_arg(args[1]));
  if (is_int(args[0])) {
    if (::fchmod(int_arg(args[0]), mode) != 0) raise_os_error(errno);
    return None;
  }
  const std::string p = fs(args[0], "chmod");
  const int flags = truthy(args[2]) ? 0 : AT_SYMLINK_NOFOLLOW;
  if (::fchmodat(AT_FDCWD, p.c_str(), mode, flags) != 0) raise_os_error(errno, named(args, 3, args[0]));
  return None;
}

// os_utime(path, (atime ns, mtime ns) or None, follow_symlinks[, filename])
Object os_utime(Args args, Kwargs) {
  const std::string p = fs(args[0], "utime");
  struct timespec ts[2];
  const struct timespec* t = nullptr;
  if (!args[1].is_none()) {
    for (int i = 0; i < 2; ++i) {
      const int64_t ns = long_arg(getitem(args[1], py_int(i)));
      ts[i].tv_sec = static_cast<time_t>(ns / 1000000000 - (ns % 1000000000 < 0));
      ts[i].tv_nsec = static_cast<long>(ns - static_cast<int64_t>(ts[i].tv_sec) * 1000000000);
    }
    t = ts;
  }
  const int flags = truthy(args[2]) ? 0 : AT_SYMLINK_NOFOLLOW;
  if (::utimensat(AT_FDCWD, p.c_str(), t, flags) != 0) raise_os_error(errno, named(args, 3, args[0]));
  return None;
}

Object os_umask(Args args, Kwargs) { return py_int(static_cast<int64_t>(::umask(static_cast<mode_t>(int_arg(args[0]))))); }

// os_ids() -> (uid, euid, gid, egid, pid, ppid, pgrp)
Object os_ids(Args, Kwargs) {
  auto u = [](auto v) { return py_int(static_cast<int64_t>(v)); };
  return py_tuple({u(::getuid()), u(::geteuid()), u(::getgid()), u(::getegid()), u(::getpid()), u(::getppid()),
                   u(::getpgrp())});
}

Object os_uname(Args, Kwargs) {
  struct utsname u;
  if (::uname(&u) != 0) raise_os_error(errno);
  return py_tuple({py_str(u.sysname), py_str(u.nodename), py_str(u.release), py_str(u.version), py_str(u.machine)});
}

Object os_kill(Args args, Kwargs) {
  if (::kill(int_arg(args[0]), int_arg(args[1])) != 0) raise_os_error(errno);
  check_signals();  // a signal sent to this process is handled before kill returns, as in CPython
  return None;
}

Object os_fsync(Args args, Kwargs) {
  if (retry([&] { return ::fsync(int_arg(args[0])); }) != 0) raise_os_error(errno);
  return None;
}

Object os_dup(Args args, Kwargs) {
  const int fd = ::fcntl(int_arg(args[0]), F_DUPFD_CLOEXEC, 0);
  if (fd < 0) raise_os_error(errno);
  return py_int(fd);
}

// os_dup2(fd, fd2, inheritable) -> fd2
Object os_dup2(Args args, Kwargs) {
  const int fd2 = int_arg(args[1]);
  if (::dup3(int_arg(args[0]), fd2, truthy(args[2]) ? 0 : O_CLOEXEC) < 0) raise_os_error(errno);
  return py_int(fd2);
}

Object os_pipe(Args, Kwargs) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) raise_os_error(errno);
  return py_tuple({py_int(fds[0]), py_int(fds[1])});
}

Object os_get_inheritable(Args args, Kwargs) {
  const int flags = ::fcntl(int_arg(args[0]), F_GETFD);
  if (flags < 0) raise_os_error(errno);
  return Object::from_bool(!(flags & FD_CLOEXEC));
}

Object os_set_inheritable(Args args, Kwargs) {
  const int fd = int_arg(args[0]);
  const int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0 || ::fcntl(fd, F_SETFD, truthy(args[1]) ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC) < 0) {
    raise_os_error(errno);
  }
  return None;
}

Object os_get_blocking(Args args, Kwargs) {
  const int flags = ::fcntl(int_arg(args[0]), F_GETFL);
  if (flags < 0) raise_os_error(errno);
  return Object::from_bool(!(flags & O_NONBLOCK));
}

Object os_set_blocking(Args args, Kwargs) {
  const int fd = int_arg(args[0]);
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0 || ::fcntl(fd, F_SETFL, truthy(args[1]) ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0) {
    raise_os_error(errno);
  }
  return None;
}

// os._exit(code): at once, without flushing or running exit handlers.
Object os_exit(Args args, Kwargs) { ::_exit(int_arg(args[0])); }

Object os_getloadavg(Args, Kwargs) {
  double l[3];
  if (::getloadavg(l, 3) != 3) raise(&exc::OSError, "Load averages are unobtainable");
  return py_tuple({Object::from_float(l[0]), Object::from_float(l[1]), Object::from_float(l[2])});
}

// os_times() -> (user, system, children_user, children_system, elapsed)
Object os_times(Args, Kwargs) {
  struct tms t;
  const clock_t c = ::times(&t);
  if (c == static_cast<clock_t>(-1)) raise_os_error(errno);
  const double tick = static_cast<double>(::sysconf(_SC_CLK_TCK));
  auto f = [&](clock_t v) { return Object::from_float(static_cast<double>(v) / tick); };
  return py_tuple({f(t.tms_utime), f(t.tms_stime), f(t.tms_cutime), f(t.tms_cstime), f(c)});
}

namespace {
// UTF-8 mode (PEP 540): PYTHONUTF8=1, or no PYTHONUTF8=0 and the C or POSIX locale.
bool utf8_mode() {
  const char* utf8 = std::getenv("PYTHONUTF8");
  if (utf8 && std::strcmp(utf8, "1") == 0) return true;
  if (utf8 && std::strcmp(utf8, "0") == 0) return false;
  const char* ctype = std::setlocale(LC_CTYPE, "");
  const bool c_locale = !ctype || std::strcmp(ctype, "C") == 0 || std::strcmp(ctype, "POSIX") == 0;
  std::setlocale(LC_CTYPE, "C");
  return c_locale;
}
}  // namespace

// locale.getencoding(), or "utf-8" in UTF-8 mode: what open() and TextIOWrapper take when no
// encoding is given.
Object locale_encoding(Args, Kwargs) {
  if (utf8_mode()) return py_str("utf-8");
  std::setlocale(LC_CTYPE, "");
  std::string codeset = nl_langinfo(CODESET);
  std::setlocale(LC_CTYPE, "C");
  if (codeset.empty() || codeset == "ANSI_X3.4-1968") codeset = codeset.empty() ? "utf-8" : "ascii";
  return py_str(codeset);
}

// sys_facts() -> (script_dir, executable, utf8_mode, pthread_version): what sys.path,
// sys.executable, sys.flags and sys.thread_info are made of: the directory of the script the
// program was compiled from (symbolic links resolved, as CPython's sys.path[0]), this program's
// own file (a native program is its own interpreter, as a frozen one is), whether UTF-8 mode is
// on, and the C library's threads.
Object sys_facts(Args, Kwargs) {
  char buf[PATH_MAX];
  std::string script = sys::main_path();
  if (::realpath(script.c_str(), buf)) script = buf;
  const size_t slash = script.rfind('/');
  const std::string dir = slash == std::string::npos ? std::string() : slash == 0 ? "/" : script.substr(0, slash);
  const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  const std::string exe = n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
  std::string threads(::confstr(_CS_GNU_LIBPTHREAD_VERSION, nullptr, 0), '\0');
  if (!threads.empty()) {
    ::confstr(_CS_GNU_LIBPTHREAD_VERSION, threads.data(), threads.size());
    threads.pop_back();
  }
  return py_tuple({py_str(dir), py_str(exe), Object::from_bool(utf8_mode()), py_str(threads)});
}

// errno_codes() -> [(name, value)] in errnomodule.c's order (errno.errorcode keeps the last
// name of a value).
Object errno_codes(Args, Kwargs) {
  std::vector<Object> out;
#define AIOCC_ERRNO(name) out.push_back(py_tuple({py_str(#name), py_int(static_cast<int64_t>(name))}));
#define X AIOCC_ERRNO
  X(ENODEV) X(ENOCSI) X(EHOSTUNREACH) X(ENOMSG) X(EUCLEAN) X(EL2NSYNC) X(EL2HLT) X(ENODATA) X(ENOTBLK) X(ENOSYS) X(EPIPE) X(EINVAL) X(EOVERFLOW) X(EADV) X(EINTR) X(EUSERS) X(ENOTEMPTY) X(ENOBUFS) X(EPROTO) X(EREMOTE) X(ENAVAIL) X(ECHILD) X(ELOOP) X(EXDEV) X(E2BIG) X(ESRCH) X(EMSGSIZE) X(EAFNOSUPPORT) X(EBADR) X(EHOSTDOWN) X(EPFNOSUPPORT) X(ENOPROTOOPT) X(EBUSY) X(EWOULDBLOCK) X(EAGAIN) X(EBADFD) X(EDOTDOT) X(EISCONN) X(ENOANO) X(ESHUTDOWN) X(ECHRNG) X(ELIBBAD) X(ENONET) X(EBADE) X(EBADF) X(EMULTIHOP) X(EIO) X(EUNATCH) X(EPROTOTYPE) X(ENOSPC) X(ENOEXEC) X(EALREADY) X(ENETDOWN) X(ENOTNAM) X(EACCES) X(ELNRNG) X(EILSEQ) X(ENOTDIR) X(ENOTUNIQ) X(EPERM) X(EDOM) X(EXFULL) X(ECONNREFUSED) X(EISDIR) X(EPROTONOSUPPORT) X(EROFS) X(EADDRNOTAVAIL) X(EIDRM) X(ECOMM) X(ESRMNT) X(EREMOTEIO) X(EL3RST) X(EBADMSG) X(ENFILE) X(ELIBMAX) X(ESPIPE) X(ENOLINK) X(ENETRESET) X(ETIMEDOUT) X(ENOENT) X(EEXIST) X(EDQUOT) X(ENOSTR) X(EBADSLT) X(EBADRQC) X(ELIBACC) X(EFAULT) X(EFBIG) X(EDEADLK) X(EDEADLOCK) X(ENOTCONN) X(EDESTADDRREQ) X(ELIBSCN) X(ENOLCK) X(EISNAM) X(ECONNABORTED) X(ENETUNREACH) X(ESTALE) X(ENOSR) X(ENOMEM) X(ENOTSOCK) X(ESTRPIPE) X(EMLINK) X(ERANGE) X(ELIBEXEC) X(EL3HLT) X(ECONNRESET) X(EADDRINUSE) X(EOPNOTSUPP) X(ENOTSUP) X(EREMCHG) X(ENAMETOOLONG) X(ENOTTY) X(ERESTART) X(ESOCKTNOSUPPORT) X(ETIME) X(EBFONT) X(ETOOMANYREFS) X(EMFILE) X(ETXTBSY) X(EINPROGRESS) X(ENXIO) X(ENOPKG) X(ENOMEDIUM) X(EMEDIUMTYPE) X(ECANCELED) X(ENOKEY) X(EKEYEXPIRED) X(EKEYREVOKED) X(EKEYREJECTED) X(EOWNERDEAD) X(ENOTRECOVERABLE) X(ERFKILL)
#undef X
#undef AIOCC_ERRNO
  return py_list(std::move(out));
}

namespace {
Object passwd_tuple(const struct passwd& p) {
  return py_tuple({py_str(p.pw_name), py_str(p.pw_passwd), py_int(static_cast<int64_t>(p.pw_uid)),
                   py_int(static_cast<int64_t>(p.pw_gid)), py_str(p.pw_gecos ? p.pw_gecos : ""), py_str(p.pw_dir),
                   py_str(p.pw_shell)});
}
}  // namespace

// pwd_lookup(uid or name) -> (name, passwd, uid, gid, gecos, dir, shell), or None
Object pwd_lookup(Args args, Kwargs) {
  struct passwd entry, *found = nullptr;
  std::vector<char> buf(16384);
  const int err = is_int(args[0]) ? ::getpwuid_r(static_cast<uid_t>(long_arg(args[0])), &entry, buf.data(), buf.size(), &found)
                                  : ::getpwnam_r(str_value(args[0]).c_str(), &entry, buf.data(), buf.size(), &found);
  if (err != 0 && err != ENOENT) raise_os_error(err);
  return found ? passwd_tuple(entry) : None;
}

Object pwd_all(Args, Kwargs) {
  std::vector<Object> out;
  ::setpwent();
  while (struct passwd* p = ::getpwent()) out.push_back(passwd_tuple(*p));
  ::endpwent();
  return py_list(std::move(out));
}

namespace {
Object group_tuple(const struct group& g) {
  std::vector<Object> members;
  for (char** m = g.gr_mem; m && *m; ++m) members.push_back(py_str(*m));
  return py_tuple({py_str(g.gr_name), py_str(g.gr_passwd ? g.gr_passwd : ""), py_int(static_cast<int64_t>(g.gr_gid)),
                   py_list(std::move(members))});
}
}  // namespace

// grp_lookup(gid or name) -> (name, passwd, gid, [members]), or None
Object grp_lookup(Args args, Kwargs) {
  struct group entry, *found = nullptr;
  std::vector<char> buf(16384);
  int err;
  while (true) {
    err = is_int(args[0]) ? ::getgrgid_r(static_cast<gid_t>(long_arg(args[0])), &entry, buf.data(), buf.size(), &found)
                          : ::getgrnam_r(str_value(args[0]).c_str(), &entry, buf.data(), buf.size(), &found);
    if (err != ERANGE) break;
    buf.resize(buf.size() * 2);
  }
  if (err != 0 && err != ENOENT) raise_os_error(err);
  return found ? group_tuple(entry) : None;
}

Object grp_all(Args, Kwargs) {
  std::vector<Object> out;
  ::setgrent();
  while (struct group* g = ::getgrent()) out.push_back(group_tuple(*g));
  ::endgrent();
  return py_list(std::move(out));
}

#define AIOCC_DEFINE(name) BuiltinFunction name##_fn(#name, name);
AIOCC_POSIX_FUNCTIONS(AIOCC_DEFINE)
#undef AIOCC_DEFINE

}  // namespace aiocc::posix_module
