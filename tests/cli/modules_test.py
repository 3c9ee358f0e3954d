#!/usr/bin/env python3
"""Completeness of the modules aiocc provides: every public name of each module (its __all__)
either imports or is refused at compile time with `module.name` in the message, never a
run-time ImportError/AttributeError. Names imported are then used in one program whose output
(each name's repr when it is stable, and whether it is callable) must equal CPython's; the same
program calls each name directly in a function never run, so every call compiles.

Every module of sys.stdlib_module_names is imported too: accepted, or refused by name.

REFUSED lists, per module, the names aiocc refuses on purpose, with the reason.
"""
import importlib
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

AIOCC = sys.argv[1]

REFUSED = {
    "typing": {
        # Need an interpreter: evaluating string annotations, the overload registry.
        "ForwardRef": "evaluates strings", "get_type_hints": "evaluates strings",
        "get_overloads": "overload registry", "clear_overloads": "overload registry",
    },
    "enum": {
        # Not built yet: the 3.11 verification/boundary machinery and helpers (Flag is always
        # STRICT, IntFlag always KEEP).
        **{n: "not built yet" for n in [
            "property", "verify", "member", "nonmember",
            "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "global_flag_repr",
            "global_enum_repr", "global_str", "global_enum", "EnumCheck", "CONTINUOUS",
            "NAMED_FLAGS", "UNIQUE", "pickle_by_global_name", "pickle_by_enum_name"]},
    },
    "abc": {
        # Deprecated since 3.3; and the ABC cache token, which needs ABCMeta.register.
        "abstractclassmethod": "deprecated", "abstractstaticmethod": "deprecated",
        "abstractproperty": "deprecated", "get_cache_token": "no register() yet",
    },
    "dataclasses": {
        # Builds a class from strings at run time.
        "make_dataclass": "dynamic class creation",
    },
    "math": {},
    "itertools": {},
    "bisect": {},
    "copy": {},
    "string": {},
    "operator": {},
    "heapq": {},
    "random": {},
    "collections": {},
    "contextlib": {},
    "contextvars": {},
    "json": {},
    "fractions": {},
    "statistics": {},
    "re": {},
    "textwrap": {},
    "hashlib": {},
    "time": {
        # Setting the system clock, and thread ids.
        "clock_settime": "sets the clock",
        "clock_settime_ns": "sets the clock", "pthread_getcpuclockid": "threads",
    },
    "datetime": {
        # A capsule of C pointers for extension modules.
        "datetime_CAPI": "C API capsule",
    },
    "argparse": {},
    "logging": {},
    "warnings": {},
    "types": {
        # Code, frames and C descriptors; classes made at run time.
        **{n: "no such objects" for n in ["CodeType", "FrameType",
                                          "WrapperDescriptorType", "MethodWrapperType",
                                          "MethodDescriptorType", "ClassMethodDescriptorType",
                                          "GetSetDescriptorType", "MemberDescriptorType"]},
        "new_class": "dynamic class creation", "coroutine": "code flags",
    },
    "collections.abc": {},
    "os": {
        # Processes, scheduling, users and sessions, extended attributes and the rarer calls.
        "abort": "processes", "chown": "not built yet", "chroot": "not built yet",
        "confstr": "not built yet", "confstr_names": "not built yet",
        "copy_file_range": "not built yet", "ctermid": "not built yet",
        "device_encoding": "not built yet", "eventfd": "not built yet",
        "eventfd_read": "not built yet", "eventfd_write": "not built yet", "execv": "processes",
        "execve": "processes", "fchdir": "not built yet", "fchown": "not built yet",
        "fdatasync": "not built yet", "fork": "processes", "forkpty": "processes",
        "fpathconf": "not built yet", "fstatvfs": "not built yet",
        "getgrouplist": "users and sessions", "getgroups": "users and sessions",
        "getlogin": "users and sessions", "getpgid": "users and sessions",
        "getpriority": "processes", "getrandom": "not built yet", "getresgid": "users and sessions",
        "getresuid": "users and sessions", "getsid": "users and sessions",
        "getxattr": "extended attributes", "initgroups": "not built yet", "killpg": "processes",
        "lchown": "not built yet", "listxattr": "extended attributes", "lockf": "not built yet",
        "login_tty": "processes", "major": "not built yet", "makedev": "not built yet",
        "memfd_create": "not built yet", "minor": "not built yet", "mkfifo": "not built yet",
        "mknod": "not built yet", "nice": "processes", "openpty": "processes",
        "pathconf": "not built yet", "pathconf_names": "not built yet", "pidfd_open": "processes",
        "pipe2": "not built yet", "posix_fadvise": "not built yet",
        "posix_fallocate": "not built yet", "posix_spawn": "processes", "posix_spawnp": "processes",
        "pread": "not built yet", "preadv": "not built yet", "pwrite": "not built yet",
        "pwritev": "not built yet", "readv": "not built yet", "register_at_fork": "processes",
        "removexattr": "extended attributes", "sched_get_priority_max": "scheduling",
        "sched_get_priority_min": "scheduling", "sched_getaffinity": "scheduling",
        "sched_getparam": "scheduling", "sched_getscheduler": "scheduling",
        "sched_param": "scheduling", "sched_rr_get_interval": "scheduling",
        "sched_setaffinity": "scheduling", "sched_setparam": "scheduling",
        "sched_setscheduler": "scheduling", "sched_yield": "scheduling",
        "sendfile": "not built yet", "setegid": "users and sessions",
        "seteuid": "users and sessions", "setgid": "users and sessions",
        "setgroups": "users and sessions", "setpgid": "users and sessions",
        "setpgrp": "users and sessions", "setpriority": "processes",
        "setregid": "users and sessions", "setresgid": "users and sessions",
        "setresuid": "users and sessions", "setreuid": "users and sessions",
        "setsid": "users and sessions", "setuid": "users and sessions",
        "setxattr": "extended attributes", "splice": "not built yet", "statvfs": "not built yet",
        "statvfs_result": "not built yet", "sync": "not built yet", "sysconf": "not built yet",
        "sysconf_names": "not built yet", "system": "processes", "tcgetpgrp": "not built yet",
        "tcsetpgrp": "not built yet", "ttyname": "not built yet", "wait": "processes",
        "wait3": "processes", "wait4": "processes", "waitid": "processes",
        "waitid_result": "processes", "waitpid": "processes", "waitstatus_to_exitcode": "processes",
        "writev": "not built yet", "fwalk": "not built yet", "execl": "processes",
        "execle": "processes", "execlp": "processes", "execlpe": "processes", "execvp": "processes",
        "execvpe": "processes", "spawnv": "processes", "spawnve": "processes",
        "spawnvp": "processes", "spawnvpe": "processes", "spawnl": "processes",
        "spawnle": "processes", "spawnlp": "processes", "spawnlpe": "processes",
        "popen": "processes",
    },
    "os.path": {},
    "io": {},
    "shutil": {
        # Archives need zlib, bz2, lzma, tarfile and zipfile; chown and disk_usage, os.chown and
        # os.statvfs.
        "make_archive": "archives", "get_archive_formats": "archives", "register_archive_format": "archives",
        "unregister_archive_format": "archives", "get_unpack_formats": "archives",
        "register_unpack_format": "archives", "unregister_unpack_format": "archives",
        "unpack_archive": "archives", "chown": "not built yet", "disk_usage": "not built yet",
    },
    "tempfile": {},
    "fnmatch": {},
    "struct": {},
    "pathlib": {},
    "grp": {},
    "stat": {},
    "errno": {},
    "pwd": {},
    "base64": {},
    "binascii": {},
    "sys": {
        # The import machinery, the installation, the interpreter's hooks, tracing, audit, memory.
        **{n: "import machinery" for n in ["meta_path", "modules", "path_hooks", "path_importer_cache"]},
        **{n: "no installation" for n in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"]},
        **{n: "not built yet" for n in ["breakpointhook", "displayhook", "excepthook", "unraisablehook",
                                          "getdlopenflags", "setdlopenflags"]},
        **{n: "tracing" for n in ["call_tracing", "getprofile", "setprofile", "gettrace", "settrace",
                                   "get_coroutine_origin_tracking_depth", "set_coroutine_origin_tracking_depth"]},
        **{n: "audit hooks" for n in ["addaudithook", "audit"]},
        **{n: "memory" for n in ["getallocatedblocks", "getrefcount", "getsizeof"]},
        **{n: "asyncgen hooks (the loop keeps its own)" for n in ["get_asyncgen_hooks", "set_asyncgen_hooks"]},
    },
    "traceback": {
        # Frame objects.
        **{n: "frame objects" for n in ["walk_stack", "walk_tb", "clear_frames"]},
    },
    "pprint": {},
    "shlex": {},
    "glob": {},
    "hmac": {},
    "secrets": {},
    "calendar": {
        # No locale module.
        "LocaleTextCalendar": "no locale module", "LocaleHTMLCalendar": "no locale module",
    },
    "urllib.parse": {},
    "ipaddress": {},
    "csv": {},
    "asyncio": {
        # Sockets, pipes, subprocesses and threads: the network issue.
        **{n: "network, subprocesses or threads" for n in [
            "AbstractChildWatcher", "AbstractServer", "BaseProtocol", "BaseTransport",
            "BufferedProtocol", "DatagramProtocol", "DatagramTransport", "FastChildWatcher",
            "IncompleteReadError", "LimitOverrunError", "MultiLoopChildWatcher",
            "PidfdChildWatcher", "Protocol", "ReadTransport", "SafeChildWatcher",
            "SendfileNotAvailableError", "Server", "StreamReader", "StreamReaderProtocol",
            "StreamWriter", "SubprocessProtocol", "SubprocessTransport", "ThreadedChildWatcher",
            "Transport", "WriteTransport", "create_subprocess_exec", "create_subprocess_shell",
            "get_child_watcher", "set_child_watcher", "open_connection", "open_unix_connection",
            "start_server", "start_unix_server", "run_coroutine_threadsafe", "to_thread",
            "wrap_future"]},
    },
    "uuid": {
        # The network address of the machine (libuuid, ifconfig...), and the module platform.
        "uuid1": "not built yet", "getnode": "not built yet", "platform": "no platform module",
    },
}
# Values whose class differs by design (a metaclass aiocc does not have): printed as classes.
# Values that differ between any two processes (the environment): printed by type.
BY_TYPE = {"os": {"environ", "environb"}, "sys": {"path", "executable", "orig_argv", "argv"}}
AS_CLASS = {"typing": {"Generic", "Protocol"}, "dataclasses": {"MISSING", "KW_ONLY"}, "abc": {"ABC"}}

failures = []
total = 0
# The checks are independent processes: run as many at once as there are cores.
WORKERS = max(2, os.cpu_count() or 2)


def check(script):
    return subprocess.run([AIOCC, "check", script], capture_output=True, text=True, timeout=60)


def module_program(tmp, module, accepted):
    """The accepted names of `module` used in one program, whose output must equal CPython's;
    returns a failure's text or None."""
    program = os.path.join(tmp, f"{module}_all.py")
    with open(program, "w") as f:
        # A set of strings is in hash order, which CPython draws anew for each process.
        f.write(f"import {module}\n\n\ndef shown(v):\n"
                f"    if isinstance(v, (set, frozenset)):\n        return sorted(v)\n    r = repr(v)\n"
                f"    return type(v).__name__ if ' at 0x' in r else r\n\n\n")
        for name in accepted:
            value = f"{module}.{name}"
            shown = f"isinstance({value}, type)" if name in AS_CLASS.get(module, ()) else f"shown({value})"
            if name in BY_TYPE.get(module, ()):
                shown = f"type({value}).__name__"
            f.write(f"print({name!r}, {shown}, callable({value}))\n")
        # Every name called directly, as `module.name()` and as an imported name, in a
        # function never run: each call must compile (its C++ entry point is declared).
        f.write("\n\ndef never_called():\n")
        for name in accepted:
            f.write(f"    {module}.{name}()\n    from {module} import {name} as imported_{name}\n"
                    f"    imported_{name}()\n")
        f.write("    pass\n")
    want = subprocess.run([sys.executable, program], capture_output=True, text=True, timeout=60)
    got = subprocess.run([AIOCC, "run", "-O0", program], capture_output=True, text=True, timeout=300)
    if (got.stdout, got.returncode) != (want.stdout, want.returncode):
        return (f"{module}: accepted names behave differently:\n--- python3\n{want.stdout}{want.stderr}"
                f"\n--- aiocc\n{got.stdout}{got.stderr}")
    return None


def name_script(tmp, module, names, tag):
    script = os.path.join(tmp, f"{module}_{tag}.py")
    with open(script, "w") as f:
        f.writelines(f"from {module} import {name}\n" for name in names)
    return script


with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(WORKERS) as pool:
    # Each public name imported: accepted, or refused by name when REFUSED says so. The names
    # to accept are imported together first, one check per module (each check compiles the
    # module's own imports again); when that fails, one by one, to name each failing name.
    # A name to refuse is always checked alone (its own message).
    modules = {}
    for module, refused in REFUSED.items():
        mod = importlib.import_module(module)
        names = sorted(getattr(mod, "__all__", [n for n in dir(mod) if not n.startswith("_")]))
        total += len(names)
        wanted = [n for n in names if n not in refused]
        together = pool.submit(check, name_script(tmp, module, wanted, "all")) if wanted else None
        alone = [(n, pool.submit(check, name_script(tmp, module, [n], i)))
                 for i, n in enumerate(names) if n in refused]
        modules[module] = (wanted, together, alone)
    accepted = {module: [] for module in REFUSED}
    for module, (wanted, together, alone) in modules.items():
        for name, job in alone:
            p = job.result()
            if not (p.returncode == 1 and f"'{module}.{name}' is not supported by aiocc" in p.stderr):
                failures.append(f"{module}.{name}: should be refused by name: exit {p.returncode}\n{p.stderr}")
        if together is None or together.result().returncode == 0:
            accepted[module] = wanted
            continue
        singles = [(n, pool.submit(check, name_script(tmp, module, [n], f"one_{i}"))) for i, n in enumerate(wanted)]
        for name, job in singles:
            p = job.result()
            if p.returncode == 0:
                accepted[module].append(name)
            else:
                failures.append(f"{module}.{name}: not accepted: exit {p.returncode}\n{p.stderr}")
    for failure in pool.map(lambda m: module_program(tmp, m, accepted[m]), list(REFUSED)):
        if failure:
            failures.append(failure)

    # Every module of CPython's standard library (sys.stdlib_module_names) either imports or is
    # refused by name as not supported; only a module that exists nowhere is "No module named".
    imports = []
    for i, name in enumerate(sorted(sys.stdlib_module_names) + ["no_such_module_xyz"]):
        script = os.path.join(tmp, f"imports_{i}.py")
        with open(script, "w") as f:
            f.write(f"import {name}\n")
        imports.append((name, pool.submit(check, script)))
    for name, job in imports:
        p = job.result()
        stdlib = name in sys.stdlib_module_names
        refused = f"error: 'import {name}' is not supported by aiocc" if stdlib else f"error: No module named '{name}'"
        if p.returncode != 0 and (p.returncode != 1 or refused not in p.stderr):
            failures.append(f"import {name}: exit {p.returncode}, expected acceptance or '{refused}'\n{p.stderr}")
        if p.returncode == 0 and not stdlib:
            failures.append(f"import {name}: accepted")

for f in failures:
    print("FAIL:", f)
print(f"{total} module names checked, and {len(sys.stdlib_module_names)} module imports")
sys.exit(1 if failures else 0)
