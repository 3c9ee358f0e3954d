# expect: 11:5: 'assigning __bases__' is not supported by aiocc
class Base:
    pass


class Other:
    pass


def rebase(cls):
    cls.__bases__ = (Other,)
