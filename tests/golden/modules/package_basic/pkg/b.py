print("pkg.b runs")
import pkg.a

thing = ("b", "thing")


def use_a():
    return "b uses " + pkg.a.f()
