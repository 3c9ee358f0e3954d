# expect: 4:9: 'assigning __class__' is not supported by aiocc
class Closed:
    def open(self):
        self.__class__ = Open


class Open:
    pass
