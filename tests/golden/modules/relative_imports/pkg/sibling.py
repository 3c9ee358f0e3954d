print("pkg.sibling runs")
x = "sibling x"


def helper(v):
    return f"sibling helper({v})"
