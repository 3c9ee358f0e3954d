# UUID's constructors, attributes and comparisons; name-based UUIDs are deterministic.
import uuid

x = uuid.UUID('{00010203-0405-0607-0809-0a0b0c0d0e0f}')
print(x, repr(x), x.bytes, x.bytes_le, x.fields, x.hex, x.int, x.urn)
print(x.time_low, x.time_mid, x.time_hi_version, x.clock_seq_hi_variant, x.clock_seq_low, x.node)
print(x.time, x.clock_seq, x.variant, x.version, x.is_safe)
same = [uuid.UUID('000102030405060708090a0b0c0d0e0f'), uuid.UUID('urn:uuid:00010203-0405-0607-0809-0a0b0c0d0e0f'),
        uuid.UUID(bytes=x.bytes), uuid.UUID(bytes_le=x.bytes_le), uuid.UUID(fields=x.fields), uuid.UUID(int=x.int)]
print(all(s == x for s in same), len({x, *same}), hash(x) == hash(same[0]))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/a'), uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'))
u = uuid.UUID(int=0, version=4)
print(u, u.version, u.variant, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=1 << 127).variant)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2), uuid.UUID(int=9)]), uuid.UUID(int=1) < uuid.UUID(int=2))
print(int(x), str(uuid.NAMESPACE_X500), uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.RFC_4122)
print(x == str(x), x != 0, uuid.UUID(str(x), version=1).version)
for bad in [dict(hex='123'), dict(bytes=b'short'), dict(fields=(1, 2, 3)), dict(int=-1),
            dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(hex=str(x), version=9), dict()]:
    try:
        uuid.UUID(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    x.int = 5
except TypeError as e:
    print(e)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), type(r).__name__)
print(uuid.UUID('not-a-uuid-at-all-but-32-chars!!'))
