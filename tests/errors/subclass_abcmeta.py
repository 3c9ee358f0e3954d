# expect: 5:12: 'subclassing abc.ABCMeta' is not supported by aiocc
import abc


class Meta(abc.ABCMeta):
    pass
