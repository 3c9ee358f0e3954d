"""urllib.parse's URL structure functions as a crawler uses them: urlparse/urlsplit and their
result tuples (reprs, attributes, hostname/port/username/password, _replace, geturl,
_asdict, encode), urlunparse/urlunsplit, urljoin against a base (RFC 3986 examples),
urldefrag, bytes inputs, scheme defaults, allow_fragments, and invalid ports/IPv6 netlocs."""
import asyncio
from urllib.parse import (urldefrag, urljoin, urlparse, urlsplit, urlunparse, urlunsplit)
import urllib.parse

URLS = [
    "https://user:pa%20ss@Example.COM:8443/path/to;params?q=1&r=two#frag",
    "http://example.org",
    "http://example.org/",
    "ftp://ftp.example.net/pub/file.tar.gz",
    "mailto:someone@example.com",
    "file:///etc/hosts",
    "//cdn.example.com/lib.js",
    "/relative/path?x=1",
    "example.com/no/scheme",
    "http://[2001:db8::1]:8080/v6",
    "http://[::1]/",
    "HTTP://EXAMPLE.com:80/Case",
    "svn+ssh://svn.example.org/repo/trunk",
    "urn:isbn:0451450523",
    "http://example.com:/empty-port",
    "https://example.com/a b?c d#e f",
    "",
]


async def fetch_parts(url):
    await asyncio.sleep(0)
    return urlsplit(url)


async def main():
    print("--- urlparse")
    for url in URLS:
        p = urlparse(url)
        print(repr(url))
        print("  ", p)
        print("  ", p.hostname, p.port, p.username, p.password, repr(p.netloc), p.geturl() == url)
    p = urlparse(URLS[0])
    print(p[0], p[1], len(p), tuple(p)[2:4], p.scheme is p[0])
    print(p._replace(scheme="http", netloc="other.host", fragment="").geturl())
    print(p._asdict())
    print(type(p).__name__, p._fields, isinstance(p, tuple))

    print("--- urlsplit")
    parts = await asyncio.gather(*(fetch_parts(u) for u in URLS[:4]))
    for s in parts:
        print(s, urlunsplit(s))
    s = urlsplit("https://example.com/a;b?c#d")
    print(s.path, s.query, s.fragment, len(s))
    print(urlsplit("path#frag", allow_fragments=False))
    print(urlsplit("www.example.com/x", scheme="https"))
    print(urlsplit("http://h/x", scheme="https").scheme)
    print(urlsplit("  http://example.com/trim  "))
    print(urlsplit("http://exa\tmple.com/pa\nth"))

    print("--- unparse")
    print(urlunparse(("https", "example.com", "/p", "params", "q=1", "f")))
    print(urlunparse(("", "", "/only/path", "", "", "")))
    print(urlunsplit(("http", "host", "", "", "")))
    print(urlunsplit(["mailto", "", "a@b.c", "", ""]))
    print(urlunparse(urlparse("http://example.com/?")))

    print("--- urljoin (RFC 3986 section 5.4)")
    base = "http://a/b/c/d;p?q"
    for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x",
                "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
                "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "g/./h",
                "g/../h", "http:g", "https://other/x"]:
        print(f"{ref!r:14} {urljoin(base, ref)}")
    print(urljoin("http://example.com/dir/", "page.html"))
    print(urljoin("http://example.com/dir", "page.html"))
    print(urljoin("http://example.com/a/b", "../../../../x"))
    print(urljoin("", "rel"), urljoin("rel", ""), urljoin("http://x/y", "", allow_fragments=False))
    print(urljoin("mailto:a@b", "c"), urljoin("https://h/p", "//other.h/q"))

    print("--- urldefrag")
    d = urldefrag("http://example.com/doc.html#section-2")
    print(d, d.url, d.fragment, d.geturl())
    print(urldefrag("http://example.com/nofrag"), urldefrag("#only"))

    print("--- bytes")
    b = urlparse(b"https://user@example.com:99/p?q#f")
    print(b)
    print(b.hostname, b.port, b.username, b.geturl())
    print(urlsplit(b"//h/p").decode(), urlsplit("http://h/p").encode())
    print(urljoin(b"http://a/b/", b"c"), urldefrag(b"x#y"))
    print(type(b).__name__, type(b.decode()).__name__)

    print("--- errors")
    attempts = [
        lambda: urlparse("http://example.com:99999/").port,
        lambda: urlparse("http://example.com:-1/").port,
        lambda: urlparse("http://example.com:abc/").port,
        lambda: urlsplit("http://[::1/"),
        lambda: urlsplit("http://::1]/"),
        lambda: urlsplit("http://[notanip]/"),
        lambda: urljoin("http://a/", b"b"),
        lambda: urlparse("http://x/", b"https"),
    ]
    for attempt in attempts:
        try:
            print("ok", attempt())
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    print(urllib.parse.uses_netloc[:5], "https" in urllib.parse.uses_relative)


asyncio.run(main())
