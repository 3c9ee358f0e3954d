# Name-based UUIDs over many names, their state (the pickling protocol's) and fields.
import uuid

names = [f"host-{i}.example.com" for i in range(12)] + ["", "ünïcode", "a" * 300]
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    v3 = [uuid.uuid3(ns, n) for n in names]
    v5 = [uuid.uuid5(ns, n) for n in names]
    print(ns, min(v3), max(v5), sum(u.int for u in v3) % 1000003)
    print([u.hex[:6] for u in v5[:5]], {u.version for u in v3}, {u.variant for u in v5})
u = uuid.uuid5(uuid.NAMESPACE_DNS, "state")
state = u.__getstate__()
print(state)
w = uuid.UUID.__new__(uuid.UUID)
w.__setstate__(state)
print(w == u, w.is_safe)
print(uuid.UUID(fields=(0xffffffff, 0xffff, 0xffff, 0xff, 0xff, 0xffffffffffff)))
print(uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(bytes_le=bytes(range(16))).bytes_le == bytes(range(16)))
