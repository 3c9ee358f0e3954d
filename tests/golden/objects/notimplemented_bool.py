# NotImplemented in a boolean context warns (DeprecationWarning), once per call site.
class R:
    def __eq__(self, other):
        return NotImplemented
    def __ne__(self, other):
        return not self.__eq__(other)
print(R() != 1)
print(R() != 1)
x = NotImplemented
if x:
    print("t")
