# An HTTP request builder API: positional-only and keyword-only parameters, *path parts and
# **headers, merging option dicts with ** at call sites, and the binding errors callers hit.
def build(method, /, *parts, query=None, timeout=30, **headers):
    path = "/" + "/".join(str(p).strip("/") for p in parts)
    if query:
        path += "?" + "&".join(f"{k}={v}" for k, v in sorted(query.items()))
    hdrs = {k.replace("_", "-").title(): v for k, v in headers.items()}
    return f"{method} {path} t={timeout} {hdrs}"


def get(*parts, **options):
    return build("GET", *parts, **options)


defaults = {"timeout": 5, "accept": "json"}
auth = {"authorization": "Bearer abc"}
print(build("GET"))
print(build("POST", "api", "v1/", "/users", content_type="text/plain"))
print(get("items", 42, query={"page": 2, "sort": "name"}, **defaults))
print(get("x", **{**defaults, **auth, "timeout": 60}))
print(build("PUT", *["a", "b"], *("c",), x_request_id=7, **auth))
print(build("method", method="still a header"))
calls = [
    lambda: build(method="GET"),
    lambda: build("GET", "a", timeout=1, **{"timeout": 2}),
    lambda: get("a", **defaults, timeout=9),
    lambda: build("GET", query={}, **{"query": 1}),
    lambda: build(),
    lambda: get(**{1: "x"}),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
args = ("DELETE", "items", 3)
kwargs = dict(timeout=1, if_match="etag1")
print(build(*args, **kwargs))
print(build.__defaults__, build.__kwdefaults__, get.__defaults__)
