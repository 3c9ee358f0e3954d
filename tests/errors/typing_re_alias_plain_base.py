# expect: 4:9: 'subclassing typing.Match' is not supported by aiocc
import typing

class M(typing.Match):
    pass
