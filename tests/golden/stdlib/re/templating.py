# A small templating engine and text rewriter: placeholders replaced by a function, dates and
# names reordered with string templates (\1, \g<name>, \g<0>, \g<2>), counted with subn,
# Match.expand, and the errors of bad templates reported to the user.
import re

CONTEXT = {"user": "Zoë", "count": 3, "items": ["pen", "ink"], "price": 12.5}
PLACEHOLDER = re.compile(r"\{\{\s*(?P<name>\w+)(?:\s*\|\s*(?P<filter>\w+))?\s*\}\}")
FILTERS = {"upper": str.upper, "title": str.title, "join": ", ".join, "money": "{:.2f} €".format}


def render(template, context):
    def replace(m):
        value = context.get(m["name"])
        if value is None:
            return m.group(0)  # unknown names are left alone
        if m["filter"]:
            return FILTERS[m["filter"]](value)
        return str(value)
    return PLACEHOLDER.sub(replace, template)


page = "Hello {{ user|upper }}! You have {{count}} items: {{ items | join }} for {{price|money}}. {{ missing }}"
print(render(page, CONTEXT))
print(PLACEHOLDER.subn(lambda m: "<%s>" % m.lastgroup, page))
print(PLACEHOLDER.sub(r"[\g<name>:\g<filter>]", page, count=2))

# rewrites with string templates
dates = "born 1987-03-14, married 2012-11-02, retired 2049-12-31"
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", dates))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>.\g<m>.\g<y>", dates, 1))
print(re.subn(r"\d{4}", r"<\g<0>>", dates))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar baz"))
print(re.sub(r"(a)|b", r"[\1]", "abab"))  # an unmatched group is replaced by ''
print(re.sub(r"(x)?y", r"\g<1>-", "yxy"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2 3"), repr(re.sub(r"(\d)", r"\1\0\101", "1 2")))
print(re.sub("-", r"\n\t\\", "a-b"), repr(re.sub("-", "\\n", "a-b")))
print(re.sub(r"\s+", " ", "  lots   of\t\tspace \n here  ").strip())
print(re.sub(r"(?i)colou?r", lambda m: m.group().upper(), "Color colour COLOR colr"))
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.sub(r"\b", "|", "hi there"))
print(re.subn("a", "b", "aaaa", 2), re.subn("z", "b", "aaaa"))
print(re.sub(r"(?P<word>\b\w)", lambda m: m.group("word").upper(), "the quick brown fox"))

m = re.search(r"(?P<first>\w+)\s+(?P<last>\w+)", "name: Ada Lovelace")
print(m.expand(r"\g<last>, \g<first> (\g<0>) \2"), m.expand(r"\\1 is \1"))

BAD = [r"\3", r"\g<nope>", r"\g<", r"\g<1", r"\g<>", r"\g<1x>", r"\q", "tail\\", r"\g<-1>",
       r"\g<9999999999999999999999>", r"\N"]
for template in BAD:
    try:
        print(re.sub(r"(?P<a>\w)(\w)", template, "abcd"))
    except re.error as e:
        print(f"{template!r:28} error: {e.msg} (pos {e.pos}, pattern {e.pattern!r})")
    except IndexError as e:
        print(f"{template!r:28} IndexError: {e}")
    try:
        m.expand(template)
    except (re.error, IndexError) as e:
        print(" " * 28, "expand:", type(e).__name__, e)

print(re.escape("1+1=2? [yes] (maybe) $5.00 ^_^ a|b {x} ~ # ' \" \t\n"))
print(re.sub(re.escape("$5.00"), "five", "price: $5.00 or $5x00"))
print(re.sub("(?P<k>\\w+)=(?P<v>[^;]*);?", "\\g<k>: '\\g<v>'\n", "a=1;b=two;c=").rstrip())
