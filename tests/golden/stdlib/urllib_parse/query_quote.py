"""urllib.parse's query-string and percent-encoding half as an API client uses it: urlencode
of dicts/pair lists with doseq, safe and quote_via, parse_qs/parse_qsl with
keep_blank_values/strict_parsing/max_num_fields/separator, quote/quote_plus/quote_from_bytes,
unquote/unquote_plus/unquote_to_bytes with encodings and errors, and building request URLs."""
import asyncio
from urllib.parse import (parse_qs, parse_qsl, quote, quote_from_bytes, quote_plus, unquote,
                          unquote_plus, unquote_to_bytes, urlencode, urlsplit, urlunsplit)

BASE = "https://api.example.com/v2/search"


async def build_request(params):
    await asyncio.sleep(0)
    parts = urlsplit(BASE)
    return urlunsplit(parts._replace(query=urlencode(params, doseq=True)))


async def main():
    print("--- urlencode")
    print(urlencode({"q": "python asyncio", "page": 2, "lang": "en"}))
    print(urlencode([("tag", "a"), ("tag", "b&c"), ("empty", ""), ("none", None)]))
    print(urlencode({"tags": ["x", "y z"], "n": (1, 2)}, doseq=True))
    print(urlencode({"tags": ["x", "y z"]}))
    print(urlencode({"path": "/a/b c", "u": "caf\u00e9"}))
    print(urlencode({"path": "/a/b c"}, safe="/"))
    print(urlencode({"path": "/a/b c"}, quote_via=quote))
    print(urlencode({"k": b"\xff\x00raw", b"bk": "v"}))
    print(urlencode({"u": "caf\u00e9"}, encoding="latin-1"))
    print(urlencode({}), urlencode([]), urlencode({"single": "x"}, doseq=True))
    print(urlencode({"s": "abc", "b": True, "f": 1.5}, doseq=True))
    urls = await asyncio.gather(build_request({"q": "a b"}), build_request([("id", 1), ("id", 2)]),
                                build_request({"filter": ["x=1", "y>2"]}))
    for u in urls:
        print(u)

    print("--- parse_qs / parse_qsl")
    qs = "name=Ann+Lee&tag=a&tag=b&empty=&flag&enc=caf%C3%A9&sym=%26%3D%2B"
    print(parse_qs(qs))
    print(parse_qs(qs, keep_blank_values=True))
    print(parse_qsl(qs))
    print(parse_qsl(qs, keep_blank_values=True))
    print(parse_qsl("a=1;b=2&c=3"), parse_qsl("a=1;b=2&c=3", separator=";"))
    print(parse_qs("x=%E9", encoding="latin-1"), parse_qs("x=%E9"), parse_qs("x=%E9", errors="ignore"))
    print(parse_qs(b"b=1&b=2&c=%20"), parse_qsl(b"k=v+w"))
    print(parse_qs(""), parse_qsl("&&"), parse_qs("=value"), parse_qs("=value", keep_blank_values=True))
    print(parse_qsl("a=1&b=2", max_num_fields=2))
    print(parse_qs("a=b=c&d==e"))

    print("--- quote family")
    for s in ["plain", "a b", "a+b", "/path/to file", "~user", "50%", "q=1&r=2", "caf\u00e9",
              "\u65e5\u672c", "tab\tnl\n", "", "-_.~!*'()"]:
        print(f"{s!r:18} {quote(s):28} {quote_plus(s):28} {quote(s, safe='')}")
    print(quote("/a b/c", safe="/ "), quote_plus("/a b/c", safe="/"))
    print(quote(b"\x00\xff bytes"), quote_from_bytes(b"a/b c", safe=""), quote_plus(b"x y"))
    print(quote("caf\u00e9", encoding="latin-1"), quote("\u20ac", encoding="ascii", errors="replace"))
    print(quote("\u20ac", encoding="ascii", errors="xmlcharrefreplace"))

    print("--- unquote family")
    for s in ["a%20b", "a+b", "caf%C3%A9", "%E9t%E9", "100%", "%zz", "%2", "%F0%9F%98%80", "%25%32%30", ""]:
        print(f"{s!r:16} {unquote(s)!r:14} {unquote_plus(s)!r:14} {unquote_to_bytes(s)!r}")
    print(unquote("%E9t%E9", encoding="latin-1"), unquote("%E9", errors="ignore") == "",
          repr(unquote("%E9")))
    print(unquote(b"a%20b"), unquote_to_bytes(b"%41%42"), unquote_to_bytes(""))
    print(quote(unquote("a%2Fb%20c")), unquote(quote("\u00fcber/\u00e9t\u00e9")))
    print(unquote_plus(quote_plus("x + y = z & w")))

    print("--- errors")
    attempts = [
        lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2),
        lambda: parse_qs("novalue", strict_parsing=True),
        lambda: parse_qs("a=1", separator=""),
        lambda: parse_qs("a=1", separator=None),
        lambda: urlencode("not a mapping"),
        lambda: urlencode([1, 2]),
        lambda: quote(42),
        lambda: quote_from_bytes("str"),
        lambda: unquote(None),
        lambda: unquote("%E9", errors="strict"),
        lambda: quote("\u20ac", encoding="ascii"),
        lambda: quote(b"x", encoding="utf-8"),
    ]
    for attempt in attempts:
        try:
            print("ok", attempt())
        except (ValueError, TypeError, UnicodeError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
