items = [1, 2, 3]
first, *middle, *rest = items
