# A module-level function called before its def statement has run is a NameError, even
# though the compiler knows which def the name will refer to.
def early():
    return later() * 2


try:
    print(early())
except NameError as e:
    print("caught:", e)


def later():
    return 21


print(early())
print(later())
print(undefined_yet())


def undefined_yet():
    return 0
