"""Planning a network with ipaddress: addresses, networks and interfaces in v4 and v6, their
reprs and properties, hosts(), subnets(prefixlen_diff/new_prefix), supernet, overlaps and
subnet_of, address arithmetic, collapse/summarize helpers, and ValueError texts."""
import ipaddress

for text in ["192.168.1.10", "10.0.0.1", "8.8.8.8", "127.0.0.1", "224.0.0.5", "169.254.3.4",
             "::1", "2001:db8::8a2e:370:7334", "fe80::1", "::ffff:192.0.2.1"]:
    a = ipaddress.ip_address(text)
    print(repr(a), a.version, a.is_private, a.is_global, a.is_loopback, a.is_multicast,
          a.is_link_local)
v4 = ipaddress.ip_address("192.168.1.10")
print(v4 + 5, v4 - 10, int(v4), ipaddress.ip_address(3232235786), v4.packed, v4.reverse_pointer)
v6 = ipaddress.ip_address("2001:db8::1")
print(v6.exploded, v6.compressed, ipaddress.ip_address("::ffff:192.0.2.1").ipv4_mapped)
print(v4 < ipaddress.ip_address("192.168.1.11"), sorted(map(ipaddress.ip_address, ["10.0.0.9", "10.0.0.10", "9.255.255.255"])))

print("--- networks")
net = ipaddress.ip_network("10.10.0.0/22")
print(repr(net), net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, net.prefixlen)
print(net.with_netmask, net.with_hostmask, net.with_prefixlen)
small = ipaddress.ip_network("192.168.5.0/29")
print(list(small.hosts()), list(ipaddress.ip_network("10.0.0.0/31").hosts()))
print(list(net.subnets(prefixlen_diff=2)))
print([str(s) for s in small.subnets(new_prefix=30)], net.supernet(), net.supernet(new_prefix=16))
print(ipaddress.ip_address("10.10.3.7") in net, ipaddress.ip_address("10.10.4.0") in net)
print(small.subnet_of(ipaddress.ip_network("192.168.0.0/16")), net.overlaps(ipaddress.ip_network("10.10.2.0/24")))
print(list(net.address_exclude(ipaddress.ip_network("10.10.1.0/24"))))
print(ipaddress.ip_network("192.168.1.77/24", strict=False), net[0], net[-1], net[5])
n6 = ipaddress.ip_network("2001:db8:abcd::/48")
print(repr(n6), n6.num_addresses, list(n6.subnets(new_prefix=50)), n6.is_private)
print(list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"),
                                         ipaddress.ip_network("10.0.0.128/25")])))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.5"),
                                             ipaddress.ip_address("10.0.0.20"))))

print("--- interfaces")
iface = ipaddress.ip_interface("192.168.1.10/24")
print(repr(iface), iface.ip, iface.network, iface.with_netmask, iface.hostmask)
i6 = ipaddress.ip_interface("fe80::1/64")
print(repr(i6), i6.network, i6.with_prefixlen, i6.is_link_local)
print(iface == ipaddress.IPv4Interface("192.168.1.10/255.255.255.0"), str(ipaddress.IPv4Interface("10.1.2.3")))

print("--- errors")
for bad in ["256.1.1.1", "1.2.3", "not an ip", "10.0.0.1/24", "10.0.0.0/33", "1::2::3", "", "01.2.3.4"]:
    for factory in (ipaddress.ip_address, ipaddress.ip_network):
        try:
            print(factory.__name__, bad, factory(bad))
        except ValueError as e:
            print(factory.__name__, type(e).__name__, e)
for attempt in [lambda: net.supernet(new_prefix=24), lambda: list(net.subnets(new_prefix=20)),
                lambda: ipaddress.IPv4Address("1.2.3.4") + 2 ** 32,
                lambda: ipaddress.ip_address(-1), lambda: ipaddress.IPv6Network("10.0.0.0/8")]:
    try:
        print(attempt())
    except (ValueError, ipaddress.AddressValueError, ipaddress.NetmaskValueError) as e:
        print(type(e).__name__, e)
