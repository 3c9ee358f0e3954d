"""Building and taking apart URLs for an API client with urllib.parse: urlparse/urlsplit
fields and reprs, port/hostname/username, urlunparse/urlunsplit, urljoin against a base,
quote/quote_plus/unquote/unquote_plus, urlencode with doseq, parse_qs/parse_qsl options,
urldefrag, and the ValueError texts for bad ports, IPv6 brackets and strict parsing."""
from urllib.parse import (parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus,
                          urldefrag, urlencode, urljoin, urlparse, urlsplit, urlunparse,
                          urlunsplit)

url = "https://alice:pw@api.example.com:8443/v2/items;type=a?q=red+shoes&page=2&tag=x&tag=y#top"
p = urlparse(url)
print(p)
print(p.scheme, p.netloc, p.path, p.params, p.query, p.fragment)
print(p.hostname, p.port, p.username, p.password, p.geturl() == url)
s = urlsplit(url)
print(s)
print(s._replace(fragment="", query="page=3").geturl())
print(urlunparse(("http", "example.org", "/a b", "", "x=1", "frag")))
print(urlunsplit(("ftp", "files.example.org", "/pub/file.txt", "", "")))
print(urlparse("//cdn.example.com/lib.js"), urlparse("mailto:someone@example.com"))
print(urlsplit("HTTP://Example.COM:80/Path").hostname, urlsplit("http://[::1]:8080/x").hostname,
      urlsplit("http://[::1]:8080/x").port, urlsplit("http://host/").port)
print(urldefrag("http://example.com/page#section-2"))

print("--- urljoin")
base = "http://example.com/docs/guide/intro.html?lang=en"
for ref in ["setup.html", "../api/", "/root", "//other.org/x", "?lang=fr", "#faq", "",
            "https://secure.example.com/", "../../../up", "./a/./b/../c"]:
    print(repr(ref), "->", urljoin(base, ref))

print("--- quoting")
for text in ["hello world", "a/b c", "100% sure & more", "key=value?", "~user_name.-"]:
    print(repr(text), quote(text), quote(text, safe=""), quote_plus(text))
print(quote("caf\u00e9 \u2603"), quote(b"\x00\xff bytes"), quote_plus("a+b c", safe="+"))
print(unquote("caf%C3%A9%20%E2%98%83"), unquote_plus("a+b%2Bc"), unquote("%zz%4"), unquote("bad%ff"))

print("--- query strings")
params = {"q": "red shoes", "page": 2, "tags": ["x", "y z"], "empty": ""}
print(urlencode(params))
print(urlencode(params, doseq=True))
print(urlencode([("a", 1), ("a", 2), ("b", "&=")], quote_via=quote))
qs = "q=red+shoes&page=2&tag=x&tag=y&blank=&flag"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2&c=3"), parse_qsl("a=1;b=2", separator=";"))
print(parse_qs("x=%41%42&x=%43", max_num_fields=5))

print("--- errors")
attempts = [
    lambda: urlsplit("http://host:notaport/").port,
    lambda: urlsplit("http://host:99999/").port,
    lambda: urlsplit("http://[::1/path"),
    lambda: urlsplit("http://::1]/path"),
    lambda: parse_qsl("a=1&b", strict_parsing=True),
    lambda: parse_qs("a=1&b=2&c=3", max_num_fields=2),
    lambda: parse_qsl("a=1", separator=""),
    lambda: urlencode("not a mapping"),
]
for attempt in attempts:
    try:
        print(attempt())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
