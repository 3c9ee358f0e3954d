# expect: 6:9: 'metaclass' is not supported by aiocc
def meta(name, bases, ns):
    return type(name, bases, ns)


class C(metaclass=meta):
    pass
