"""errno's constants and errorcode table, and OSError subclasses chosen by errno, as code that
classifies failures does."""
import errno
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.EDEADLK == errno.EDEADLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], len(errno.errorcode) > 100)
for code in [errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EPIPE,
             errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EAGAIN, errno.ECHILD, errno.EINTR, errno.ESRCH, errno.EINVAL]:
    e = OSError(code, os.strerror(code))
    print(errno.errorcode[code], type(e).__name__, e.errno == code, str(e))
try:
    os.rmdir("_no_such_dir_for_errno_case")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
print(sorted(n for n in dir(errno) if n.startswith("ENOT"))[:6])
