# Tests an uncaught TypeError from ordering user objects without __lt__ inside a method.
class Item:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __repr__(self):
        return f"Item({self.n})"


class Box:
    def __init__(self, items):
        self.items = items
    def ordered(self):
        return sorted(self.items)


b = Box([Item(2)])
print(b.ordered(), Item(1) == Item(1))
b.items.append(Item(1))
print(len(b.items))
print(b.ordered())
