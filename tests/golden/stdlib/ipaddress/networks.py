"""ipaddress networks and interfaces as a subnet planner uses them: ip_network with strict and
non-strict host bits, netmask/hostmask/prefix forms, num_addresses, hosts(), subnets() and
supernet(), subnet_of/supernet_of/overlaps, membership, address_exclude,
collapse_addresses, summarize_address_range, ip_interface, sorting, and the errors raised."""
import asyncio
import ipaddress
from ipaddress import IPv4Network, IPv6Network, ip_interface, ip_network


async def allocate(pool, prefix, count):
    await asyncio.sleep(0)
    return [str(n) for n in list(pool.subnets(new_prefix=prefix))[:count]]


async def main():
    print("--- networks")
    for text in ["192.168.0.0/24", "10.0.0.0/8", "172.16.0.0/255.240.0.0", "10.1.2.3/32",
                 "192.168.1.0/0.0.0.255", "0.0.0.0/0", "2001:db8::/32", "fe80::/64", "::1/128",
                 "198.51.100.0/31"]:
        n = ip_network(text)
        print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask,
              n.prefixlen, n.num_addresses)
        print("  ", n.with_prefixlen, n.with_netmask, n.with_hostmask, n.is_private, n.is_global)
    print(IPv6Network("2001:db8:0:0::/64").compressed, IPv6Network("2001:db8::/64").exploded)
    print(ip_network(("10.0.0.0", 16)), ip_network((3232235776, 24)), ip_network(167772160))
    print(ip_network("192.168.1.77/24", strict=False), ip_network("2001:db8::1/64", strict=False))

    print("--- hosts and iteration")
    net = ip_network("192.168.10.0/29")
    print([str(h) for h in net.hosts()])
    print([str(h) for h in ip_network("10.0.0.0/31").hosts()], list(ip_network("10.0.0.5/32").hosts()))
    print([str(a) for a in net], net[0], net[-1], net[3], len(list(net)))
    print([str(h) for h in ip_network("2001:db8::/126").hosts()], list(ip_network("2001:db8::/127").hosts()))
    print(ipaddress.ip_address("192.168.10.5") in net, ipaddress.ip_address("192.168.11.5") in net)

    print("--- subnets / supernet")
    big = ip_network("10.20.0.0/16")
    print([str(s) for s in big.subnets()])
    print([str(s) for s in ip_network("10.20.0.0/22").subnets(prefixlen_diff=2)])
    print(await allocate(big, 24, 4))
    print(await asyncio.gather(allocate(ip_network("2001:db8::/48"), 64, 2), allocate(net, 30, 5)))
    print(big.supernet(), big.supernet(prefixlen_diff=8), big.supernet(new_prefix=12))
    print(ip_network("0.0.0.0/0").supernet(), list(ip_network("1.2.3.4/32").subnets()))
    a, b = ip_network("10.0.0.0/24"), ip_network("10.0.0.128/25")
    print(b.subnet_of(a), a.supernet_of(b), a.subnet_of(b), a.overlaps(b),
          a.overlaps(ip_network("10.0.1.0/24")))

    print("--- exclude / collapse / summarize")
    print([str(n) for n in ip_network("192.0.2.0/28").address_exclude(ip_network("192.0.2.1/32"))])
    print(sorted(str(n) for n in ip_network("10.0.0.0/8").address_exclude(ip_network("10.128.0.0/9"))))
    parts = [ip_network(s) for s in ["192.0.2.0/25", "192.0.2.128/25", "192.0.3.0/24",
                                     "192.0.2.64/26", "198.51.100.1/32", "198.51.100.0/32"]]
    print([str(n) for n in ipaddress.collapse_addresses(parts)])
    print([str(n) for n in ipaddress.collapse_addresses(
        [ipaddress.ip_address("10.0.0.%d" % i) for i in range(4, 12)])])
    print([str(n) for n in ipaddress.summarize_address_range(
        ipaddress.IPv4Address("192.0.2.0"), ipaddress.IPv4Address("192.0.2.130"))])
    print([str(n) for n in ipaddress.summarize_address_range(
        ipaddress.IPv6Address("2001:db8::"), ipaddress.IPv6Address("2001:db8::ff"))])

    print("--- interfaces")
    for text in ["192.168.1.77/24", "10.0.0.1/255.0.0.0", "2001:db8::5/64", "172.16.0.1"]:
        i = ip_interface(text)
        print(repr(i), i.ip, i.network, i.netmask, i.with_prefixlen, i.with_netmask, i.with_hostmask)
    i = ip_interface("192.168.1.77/24")
    print(i == ip_interface("192.168.1.77/24"), i == ip_interface("192.168.1.77/25"),
          i < ip_interface("192.168.1.78/24"), i.ip in i.network, i.version, i.max_prefixlen)

    print("--- sorting and comparison")
    nets = [ip_network(s) for s in ["10.0.0.0/16", "10.0.0.0/8", "9.0.0.0/8", "10.0.0.0/24"]]
    print([str(n) for n in sorted(nets)], str(max(nets)))
    print(ip_network("10.0.0.0/8") == IPv4Network("10.0.0.0/255.0.0.0"),
          len({ip_network("10.0.0.0/8"), IPv4Network("10.0.0.0/8")}))
    print(sorted([ip_network("::/0"), ip_network("0.0.0.0/0")], key=ipaddress.get_mixed_type_key))

    print("--- errors")
    attempts = [
        lambda: ip_network("192.168.1.77/24"),
        lambda: ip_network("10.0.0.0/33"),
        lambda: ip_network("10.0.0.0/255.0.255.0"),
        lambda: ip_network("10.0.0.0/abc"),
        lambda: ip_network("2001:db8::1/64"),
        lambda: ip_network("2001:db8::/129"),
        lambda: ip_network("not-a-net"),
        lambda: ip_interface("1.2.3.4/40"),
        lambda: IPv4Network("::/0"),
        lambda: IPv6Network("10.0.0.0/8"),
        lambda: ip_network("10.0.0.0/24").supernet(new_prefix=25),
        lambda: list(ip_network("10.0.0.0/24").subnets(new_prefix=23)),
        lambda: list(ip_network("10.0.0.0/24").subnets(prefixlen_diff=2, new_prefix=26)),
        lambda: list(ip_network("10.0.0.0/24").address_exclude(ip_network("11.0.0.0/24"))),
        lambda: list(ip_network("10.0.0.0/24").address_exclude(ip_network("::/0"))),
        lambda: list(ipaddress.collapse_addresses([ip_network("10.0.0.0/8"), ip_network("::/0")])),
        lambda: list(ipaddress.summarize_address_range(
            ipaddress.IPv4Address("10.0.0.9"), ipaddress.IPv4Address("10.0.0.1"))),
        lambda: ip_network("10.0.0.0/24")[256],
        lambda: ip_network("10.0.0.0/8") < ip_network("::/0"),
        lambda: ip_network("10.0.0.0/8").subnet_of(ip_network("::/0")),
    ]
    for attempt in attempts:
        try:
            print("ok", attempt())
        except (ValueError, TypeError, IndexError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
