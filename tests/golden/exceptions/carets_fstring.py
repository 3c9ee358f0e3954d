# A failing format field underlines the whole run of string literals (CPython 3.11's
# FormattedValue location), also for a nested spec; an error inside a field's expression
# underlines that expression.
def inner_error(d):
    return f"{d['missing']} after"


def bad_nested(width, x):
    return ("head " f"{x:<{width}}"
            f" tail {x:d}")


try:
    inner_error({})
except KeyError as e:
    print("KeyError", e)
print(f"{'ok':>4}|{3.14159:.2f}|{42:#x}")
print(bad_nested(3, 2))
print(bad_nested(3, 2.5))
