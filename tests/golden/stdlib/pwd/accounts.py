"""pwd as a service checks its account: the current user's entry compared with the process's
ids and environment-independent facts, root's entry, getpwall, and the KeyError/TypeError
texts."""
import os
import pwd

me = pwd.getpwuid(os.getuid())
print(type(me).__name__, len(me), me.pw_uid == os.getuid(), me.pw_gid == os.getgid(), me[0] == me.pw_name)
print(pwd.getpwnam(me.pw_name) == me, os.path.isabs(me.pw_dir), type(me.pw_shell).__name__)
root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir)
print(any(p.pw_uid == 0 for p in pwd.getpwall()), all(isinstance(p, pwd.struct_passwd) for p in pwd.getpwall()))
print(repr(pwd.struct_passwd), pwd.struct_passwd.n_fields)
print(pwd.struct_passwd(("svc", "x", 1001, 1001, "Service", "/srv", "/bin/false")))
for call, arg in [(pwd.getpwuid, 4000000000), (pwd.getpwnam, "no-such-user-xyz"), (pwd.getpwnam, 5), (pwd.getpwuid, "0"),
                  (pwd.getpwuid, -5), (pwd.getpwuid, 2 ** 40), (pwd.getpwuid, 1.5)]:
    try:
        call(arg)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
