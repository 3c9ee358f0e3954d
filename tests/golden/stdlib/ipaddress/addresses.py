"""ipaddress addresses as an access-list checker uses them: ip_address for IPv4/IPv6 from
strings, ints and bytes, str/repr/int/packed, compressed/exploded/reverse_pointer, the is_*
classification properties, IPv4-mapped/6to4/teredo/scope ids, arithmetic, comparisons and
sorting, and the errors for malformed input."""
import asyncio
import ipaddress
from ipaddress import IPv4Address, IPv6Address, ip_address

SAMPLES = ["192.168.1.10", "10.0.0.1", "172.16.5.4", "8.8.8.8", "127.0.0.1", "0.0.0.0",
           "255.255.255.255", "169.254.1.1", "224.0.0.251", "100.64.0.1", "192.0.2.1", "240.0.0.1",
           "::1", "::", "2001:db8::1", "fe80::1", "ff02::1", "2606:4700:4700::1111", "fc00::5",
           "::ffff:192.168.0.1", "2002:c000:204::1", "fec0::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2"]
FLAGS = ["is_private", "is_global", "is_loopback", "is_multicast", "is_link_local",
         "is_unspecified", "is_reserved"]


async def classify(text):
    await asyncio.sleep(0)
    addr = ip_address(text)
    return addr, [f for f in FLAGS if getattr(addr, f)]


async def main():
    print("--- classification")
    for addr, flags in await asyncio.gather(*(classify(s) for s in SAMPLES)):
        print(f"{str(addr):38} v{addr.version} {' '.join(flags)}")

    print("--- representations")
    for text in ["192.168.1.10", "2001:db8::1", "::ffff:10.0.0.1", "1::", "1:0:0:1::1"]:
        a = ip_address(text)
        print(repr(a), str(a), int(a), a.packed, a.max_prefixlen)
        print("  ", a.compressed, a.exploded, a.reverse_pointer)
    v6 = IPv6Address("::ffff:192.168.0.1")
    print(v6.ipv4_mapped, repr(IPv6Address("2001:db8::").ipv4_mapped))
    print(IPv6Address("2002:c000:204::1").sixtofour, IPv6Address("2001:0:4136:e378:8000:63bf:3fff:fdd2").teredo)
    scoped = IPv6Address("fe80::1%eth0")
    print(scoped.scope_id, IPv6Address("fe80::1").scope_id, scoped == IPv6Address("fe80::1"))
    print(repr(scoped), str(scoped), scoped.compressed, scoped.is_link_local, IPv6Address("fec0::1").is_site_local)
    print(ip_address(3232235786), ip_address(4294967296), ip_address(b"\x7f\x00\x00\x01"),
          ip_address(b"\x00" * 15 + b"\x01"))
    print(IPv4Address(0), IPv6Address(1), IPv4Address(b"\xc0\xa8\x00\x01"))
    print(format(IPv4Address("10.1.2.3"), "b"), format(IPv4Address("10.1.2.3"), "#x"),
          format(IPv6Address("::1"), "_x"), format(IPv4Address("10.1.2.3"), "s"))

    print("--- arithmetic and comparison")
    a = IPv4Address("192.168.0.254")
    print(a + 1, a + 2, a - 254, int(a + 1) - int(a))
    print(IPv6Address("::ff") + 1, IPv6Address("2001:db8::") - 1)
    print(a == IPv4Address("192.168.0.254"), a < IPv4Address("192.168.1.0"), a != "192.168.0.254")
    print(IPv4Address("1.0.0.0") == IPv6Address("::1"), hash(a) == hash(IPv4Address(int(a))))
    mixed = [ip_address(s) for s in ["10.0.0.2", "10.0.0.10", "9.255.255.255", "10.0.0.1"]]
    print([str(x) for x in sorted(mixed)], max(mixed), min(mixed))
    v6s = sorted(ip_address(s) for s in ["::2", "::10", "::1:0", "::a"])
    print([str(x) for x in v6s])
    print(len({IPv4Address("1.1.1.1"), IPv4Address("1.1.1.1"), IPv4Address("1.1.1.2")}))
    print(ipaddress.v4_int_to_packed(3232235777), ipaddress.v6_int_to_packed(1)[-2:])
    print(ipaddress.get_mixed_type_key(IPv4Address("1.2.3.4")))
    print(sorted([ip_address("::1"), ip_address("1.2.3.4")], key=ipaddress.get_mixed_type_key))

    print("--- errors")
    bad = ["256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "abc", "", "1.2.3.-4", ":::1",
           "1::2::3", "2001:db8::g", "1:2:3:4:5:6:7:8:9", "192.168.1.1/24", " 1.2.3.4", -1, 2 ** 128]
    for value in bad:
        try:
            print("ok", ip_address(value))
        except ValueError as e:
            print(type(e).__name__, e)
    for cls, value in [(IPv4Address, "1.2.3.256"), (IPv4Address, "::1"), (IPv6Address, "1.2.3.4"),
                       (IPv6Address, "fe80::1%"), (IPv4Address, 2 ** 32), (IPv4Address, b"\x01\x02"),
                       (IPv6Address, "1:2:3:4:5:6:7"), (IPv4Address, "1.2.3.0x4")]:
        try:
            print("ok", cls(value))
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        IPv4Address("1.2.3.4") < IPv6Address("::1")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        IPv4Address("255.255.255.255") + 1
    except ipaddress.AddressValueError as e:
        print(type(e).__name__, e)
    print(issubclass(ipaddress.AddressValueError, ValueError),
          issubclass(ipaddress.NetmaskValueError, ValueError))


asyncio.run(main())
