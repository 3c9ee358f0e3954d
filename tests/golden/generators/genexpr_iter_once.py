class It:
    def __init__(self): self.n = 2
    def __iter__(self):
        print("iter called")
        return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(x for x in It()))
print(list(x for x in [1, 2]))
