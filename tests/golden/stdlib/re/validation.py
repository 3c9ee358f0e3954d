# Validating form inputs: e-mail, IPv4, dates, phone numbers, passwords (lookaheads), quoted
# values (conditional groups), repeated words (backreferences), with fullmatch, flags I and A.
import re

EMAIL = re.compile(r"(?P<local>[\w.+-]+)@(?P<domain>(?:[\w-]+\.)+[a-z]{2,})", re.I)
IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
PHONE = re.compile(r"(\()?\d{3}(?(1)\)|[-. ]?)\d{3}[-. ]?\d{4}")
PASSWORD = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s])(?!.*\s).{8,}")
QUOTED = re.compile(r"""(?P<q>['"])?(?P<val>\w+)(?(q)(?P=q))""")

for email in ["ada@example.com", "Zoë.Ünal+tag@Exämple.CO", "no-at-sign.org", "x@y", "a@b.c0m"]:
    m = EMAIL.fullmatch(email)
    print(f"{email!r:28}", m and m.groupdict())
print(EMAIL.fullmatch("Zoë@example.com".encode("utf-8").decode("ascii", "replace")))
ascii_email = re.compile(EMAIL.pattern, re.I | re.A)
print(ascii_email.fullmatch("zoe@example.com"), ascii_email.fullmatch("Zoë@example.com"))

for ip in ["192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "10.0.0.10 "]:
    print(ip, bool(IPV4.fullmatch(ip)), IPV4.match(ip))

for date in ["2023-02-28", "2023-13-01", "1999-12-31", "2023-1-5", "２０２３-01-01", "2023-01-32"]:
    m = DATE.fullmatch(date)
    print(date, m.group("y", "m", "d") if m else None, bool(re.fullmatch(DATE.pattern, date, re.A)))

for phone in ["(555)123-4567", "555-123-4567", "555 123 4567", "(555-123-4567", "5551234567", "555)1234567"]:
    m = PHONE.fullmatch(phone)
    print(f"{phone:14}", m is not None, m and m.span(1))

for pw in ["Passw0rd!", "password", "Sh0rt!", "Long enough 1A!", "NoDigits!!", "ÄÖÜäöü12#"]:
    print(f"{pw:16}", bool(PASSWORD.fullmatch(pw)))

for value in ["'abc'", '"abc"', "abc", "'abc\"", "'abc"]:
    m = QUOTED.fullmatch(value)
    print(f"{value:7}", m and (m["q"], m["val"]), QUOTED.match(value))

# repeated words, case-insensitively, with a backreference
text = "This is is a test. The the cat sat on on the mat. Paris in the the spring."
print(re.findall(r"\b(\w+)\s+\1\b", text, re.I))
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", text, flags=re.IGNORECASE))
print(re.search(r"(?i)(?P<w>ä\w+) (?P=w)", "Äpfel äpfel ÄPFEL"))

# scoped and inline flags
print(re.findall(r"(?i:[a-c])[a-c]", "AaBbcC"), re.findall(r"(?-i:a)b", "aBAbab", re.I))
print(re.fullmatch(r"(?i)hello\s(?-i:World)", "HELLO World"), re.fullmatch(r"(?i)hello\s(?-i:World)", "HELLO WORLD"))
print(re.findall(r"(?s:.)\w(?m:$)", "ab\ncd\n"), re.findall(r"(?a:\w+) \w+", "naïve café"))
print(re.findall(r"(?x) \d+ (?# digits ) [ ] \w", "12 a 3 b"), re.findall(r"(?ax)  \w+  # ascii words", "été dé"))

# zip codes with an optional extension: groups(default), lastindex
ZIP = re.compile(r"(\d{5})(?:-(\d{4}))?")
for z in ["12345", "12345-6789", "1234", "12345-67"]:
    m = ZIP.fullmatch(z)
    print(z, m and (m.groups(), m.groups("----"), m.lastindex, m.regs))
