"""A mini template engine: {{ var|filter }} substitution, {% for %} loops, auto-escaping via a Markup(str) subclass."""
from typing import Any, Callable, Mapping


class Markup(str):
    """A string that is already safe for HTML."""

    def __add__(self, other: str) -> "Markup":
        return Markup(str.__add__(self, escape(other)))

    def __radd__(self, other: str) -> "Markup":
        return Markup(str.__add__(escape(other), self))

    def join(self, parts) -> "Markup":  # type: ignore[override]
        return Markup(str.join(self, (escape(p) for p in parts)))

    def __repr__(self) -> str:
        return f"Markup({str.__repr__(self)})"


def escape(s: Any) -> Markup:
    if isinstance(s, Markup):
        return s
    text = str(s)
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")):
        text = text.replace(a, b)
    return Markup(text)


class Context(dict):
    def __missing__(self, key: str) -> str:
        return f"<?{key}?>"


FILTERS: dict[str, Callable[..., Any]] = {
    "upper": str.upper,
    "title": str.title,
    "money": lambda v: f"${v:,.2f}",
    "truncate": lambda v, n="10": v if len(v) <= int(n) else v[: int(n) - 1] + "…",
    "safe": Markup,
    "default": lambda v, d="": v or d,
    "pad": lambda v, n="8": f"{v:>{n}}",
}


def lookup(ctx: Mapping[str, Any], dotted: str) -> Any:
    head, *rest = dotted.split(".")
    value = ctx[head]
    for part in rest:
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def render_expr(expr: str, ctx: Mapping[str, Any]) -> Markup:
    name, *filters = [p.strip() for p in expr.split("|")]
    value = lookup(ctx, name)
    for f in filters:
        fname, _, arg = f.partition(":")
        value = FILTERS[fname](value, *([arg] if arg else []))
    return escape(value)


def render(template: str, ctx: Mapping[str, Any]) -> Markup:
    out = Markup("")
    i = 0
    while i < len(template):
        start = template.find("{", i)
        if start < 0 or start + 1 >= len(template):
            return out + Markup(template[i:])
        out += Markup(template[i:start])
        kind = template[start + 1]
        if kind == "{":
            end = template.index("}}", start)
            out += render_expr(template[start + 2:end], ctx)
            i = end + 2
        elif kind == "%":
            end = template.index("%}", start)
            _, var, _, seq = template[start + 2:end].split()
            close = template.index("{% endfor %}", end)
            body = template[end + 2:close]
            for item in lookup(ctx, seq):
                out += render(body, Context(ctx, **{var: item}))
            i = close + len("{% endfor %}")
        else:
            out += Markup("{")
            i = start + 1
    return out


page = """<h1>{{ shop.name|title }}</h1>
<p>Hello {{ user|default:guest }}! Cart for {{ missing }}:</p>
<ul>{% for item in cart %}
  <li>{{ item.name|truncate:14 }} x{{ item.qty }} = {{ item.total|money|pad:10 }}</li>{% endfor %}
</ul>
<footer>{{ note|safe }} {{ raw }} {literal}</footer>"""

ctx = Context(
    shop={"name": "tom & jerry's <tools>"},
    user="",
    cart=[{"name": "Claw hammer", "qty": 1, "total": 24.5},
          {"name": 'Screwdriver set "pro"', "qty": 2, "total": 71.98},
          {"name": "Nails", "qty": 500, "total": 1234.5}],
    note="<b>Free shipping</b>",
    raw="<script>alert(1)</script>",
)
html = render(page, ctx)
print(html)
print(type(html).__name__, len(html), html.count("&lt;"), repr(escape("a<b") + "<c>"), repr("<x>" + escape("y")))
print(repr(Markup(", ").join(["<a>", Markup("<b>")])), isinstance(html, str), html.startswith("<h1>"))
print("{name} owes {amount:.2f} ({status})".format_map(Context(name="Ann", amount=3.14159)))
print(Context(a=1)["b"], Context(a=1).get("b"), "b" in Context(a=1), sorted(FILTERS))
print(repr(Markup("x") * 3), type(Markup("ab").upper()).__name__, Markup("a b").split())
print(render("{{ cart.0 }}", ctx))
