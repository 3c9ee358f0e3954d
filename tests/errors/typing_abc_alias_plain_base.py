# expect: 4:9: 'subclassing typing.Iterator' is not supported by aiocc
import typing

class A(typing.Iterator):
    pass
