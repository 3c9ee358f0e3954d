# A report sorted and grouped with itemgetter/attrgetter keys, methodcaller for string
# cleanup, and functools.reduce over operator functions.
import functools
import operator
from dataclasses import dataclass
from operator import attrgetter, itemgetter, methodcaller


@dataclass
class Order:
    customer: str
    item: str
    qty: int
    price: float


orders = [Order(" Ann ", "pen", 3, 1.5), Order("bob", "ink", 1, 7.25), Order("ann", "pad", 2, 3.0),
          Order("Cid", "pen", 10, 1.25), Order("BOB ", "pad", 1, 3.0)]
clean = methodcaller("strip")
title = methodcaller("title")
for o in orders:
    o.customer = title(clean(o.customer))
by_customer = sorted(orders, key=attrgetter("customer", "item"))
for o in by_customer:
    print(f"{o.customer:5} {o.item:4} {o.qty:3} {o.qty * o.price:7.2f}")
totals = {}
for o in orders:
    totals[o.customer] = totals.get(o.customer, 0) + o.qty * o.price
ranked = sorted(totals.items(), key=itemgetter(1), reverse=True)
print(ranked)
print(functools.reduce(operator.add, map(attrgetter("qty"), orders)))
print(functools.reduce(operator.mul, [1, 2, 3, 4, 5], 1))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(itemgetter(0), ["ab", "cd"])))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs, key=itemgetter(0)), max(pairs, key=itemgetter(1)))
