"""aiocc's collections module: CPython 3.11's containers, with its results, reprs and errors.

deque, defaultdict, OrderedDict and the namedtuple factory are written in C in CPython: here
their classes are marked `# cpython: builtin`, so that, like C code, their methods have no frame
in tracebacks and their error messages name them by CPython's tp_name ("collections.deque").
Counter and ChainMap are Python in CPython too.
"""

from _aiocc import builtin_type as _builtin_type, generic_alias as _generic_alias
from _aiocc import is_mapping as _is_mapping, namedtuple
from heapq import nlargest as _nlargest
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from operator import eq as _eq, index as _index, itemgetter as _itemgetter

__all__ = [
    "ChainMap",
    "Counter",
    "OrderedDict",
    "UserDict",
    "UserList",
    "UserString",
    "defaultdict",
    "deque",
    "namedtuple",
]

# The objects whose repr is being made (reprlib.recursive_repr): a container inside itself.
_repr_running = set()


def _recursive_repr(obj, make, fill):  # cpython: builtin
    key = id(obj)
    if key in _repr_running:
        return fill
    _repr_running.add(key)
    try:
        return make(obj)
    finally:
        _repr_running.discard(key)


################################################################################
### deque
################################################################################

class _deque_maxlen:  # cpython: builtin

    def __get__(self, obj, cls=None):  # cpython: builtin
        if obj is None:
            return self
        return obj._maxlen

    def __set__(self, obj, value):  # cpython: builtin
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")


class _deque_iterator:  # cpython: builtin
    __slots__ = ('_deque', '_index', '_state', '_step')

    def __init__(self, d, start, step):  # cpython: builtin
        self._deque = d
        self._index = start
        self._state = d._state
        self._step = step

    def __iter__(self):  # cpython: builtin
        return self

    def __next__(self):  # cpython: builtin
        d = self._deque
        if d is None:
            raise StopIteration
        if d._state != self._state:
            self._deque = None
            raise RuntimeError('deque mutated during iteration')
        i = self._index
        if i < 0 or i >= len(d._items) - d._head:
            self._deque = None
            raise StopIteration
        self._index = i + self._step
        return d._items[d._head + i]

    def __length_hint__(self):  # cpython: builtin
        d = self._deque
        if d is None:
            return 0
        n = len(d._items) - d._head
        return max(0, n - self._index) if self._step > 0 else max(0, self._index + 1)


class deque:  # cpython: builtin

    # The items are _items[_head:]: popleft leaves a hole at the front that later appends
    # and compactions reuse. _state counts the changes of shape iterators watch for.
    __slots__ = ('_items', '_head', '_maxlen', '_state')

    maxlen = _deque_maxlen()

    def __init__(self, iterable=(), maxlen=None):  # cpython: builtin
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    def _compact(self):  # cpython: builtin
        if self._head:
            del self._items[:self._head]
            self._head = 0

    def __len__(self):  # cpython: builtin
        return len(self._items) - self._head

    def __bool__(self):  # cpython: builtin
        return len(self._items) > self._head

    def append(self, x):  # cpython: builtin
        self._state += 1
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.popleft()

    def appendleft(self, x):  # cpython: builtin
        self._state += 1
        if self._head:
            self._head -= 1
            self._items[self._head] = x
        else:
            room = max(8, len(self._items))
            self._items[0:0] = [None] * room
            self._head = room - 1
            self._items[self._head] = x
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.pop()

    def pop(self):  # cpython: builtin
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        return x

    def popleft(self):  # cpython: builtin
        items = self._items
        head = self._head
        if len(items) == head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            self._items = []
            head = 0
        elif head >= 32 and head * 2 >= len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def extend(self, iterable):  # cpython: builtin
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):  # cpython: builtin
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):  # cpython: builtin
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):  # cpython: builtin
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):  # cpython: builtin
        state = self._state
        n = 0
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is value or item == value:
                n += 1
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=9223372036854775807):  # cpython: builtin
        start = _index(start)
        stop = _index(stop)
        n = len(self._items) - self._head
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            item = self._items[self._head + i]
            if item is value or item == value:
                return i
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value):  # cpython: builtin
        index = _index(index)
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._compact()
        self._items.insert(index, value)

    def remove(self, value):  # cpython: builtin
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is value or item == value:
                self._state += 1
                del self._items[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):  # cpython: builtin
        self._state += 1
        self._compact()
        self._items.reverse()

    def rotate(self, n=1):  # cpython: builtin
        n = _index(n)
        size = len(self._items) - self._head
        if size <= 1:
            return
        k = n % size
        if k:
            self._state += 1
            self._compact()
            items = self._items
            self._items = items[-k:] + items[:-k]

    def _position(self, index):  # cpython: builtin
        if not hasattr(type(index), '__index__'):
            raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        i = _index(index)
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, index):  # cpython: builtin
        return self._items[self._position(index)]

    def __setitem__(self, index, value):  # cpython: builtin
        self._items[self._position(index)] = value

    def __delitem__(self, index):  # cpython: builtin
        i = self._position(index)
        self._state += 1
        del self._items[i]

    def __contains__(self, value):  # cpython: builtin
        state = self._state
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is value or item == value:
                return True
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):  # cpython: builtin
        return _deque_iterator(self, 0, 1)

    def __reversed__(self):  # cpython: builtin
        return _deque_iterator(self, len(self._items) - self._head - 1, -1)

    def __repr__(self):  # cpython: builtin
        return _recursive_repr(self, _deque_repr, '[...]')

    def _compare(self, other):  # cpython: builtin
        return isinstance(other, deque)

    def __eq__(self, other):  # cpython: builtin
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] == other._items[other._head:]

    def __ne__(self, other):  # cpython: builtin
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] != other._items[other._head:]

    def __lt__(self, other):  # cpython: builtin
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] < other._items[other._head:]

    def __le__(self, other):  # cpython: builtin
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] <= other._items[other._head:]

    def __gt__(self, other):  # cpython: builtin
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] > other._items[other._head:]

    def __ge__(self, other):  # cpython: builtin
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] >= other._items[other._head:]

    __hash__ = None

    def __add__(self, other):  # cpython: builtin
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):  # cpython: builtin
        self.extend(other)
        return self

    def __mul__(self, n):  # cpython: builtin
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):  # cpython: builtin
        n = _index(n)
        if n <= 0:
            self.clear()
            return self
        if n > 1:
            self._state += 1
            self._compact()
            items = self._items * n
            if self._maxlen is not None and len(items) > self._maxlen:
                items = items[len(items) - self._maxlen:]
            self._items = items
        return self

    def __reduce__(self):  # cpython: builtin
        if self._maxlen is None:
            return type(self), (), None, iter(self)
        return type(self), ((), self._maxlen), None, iter(self)

    def __class_getitem__(cls, item):  # cpython: builtin
        return _generic_alias(cls, item)


def _deque_repr(d):  # cpython: builtin
    name = type(d).__name__
    if d._maxlen is None:
        return f'{name}({d._items[d._head:]!r})'
    return f'{name}({d._items[d._head:]!r}, maxlen={d._maxlen})'


_builtin_type(deque, 'collections.deque')
_builtin_type(_deque_iterator, '_collections._deque_iterator')


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):  # cpython: builtin

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):  # cpython: builtin
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):  # cpython: builtin
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):  # cpython: builtin
        factory = self.default_factory
        if factory is None:
            shown = 'None'
        else:
            shown = _recursive_repr(factory, repr, '...')
        return f'{type(self).__name__}({shown}, {dict.__repr__(self)})'

    def copy(self):  # cpython: builtin
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):  # cpython: builtin
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):  # cpython: builtin
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):  # cpython: builtin
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


_builtin_type(defaultdict, 'collections.defaultdict')


################################################################################
### OrderedDict
################################################################################

class _odict_view:  # cpython: builtin
    __slots__ = ('_mapping',)

    def __init__(self, mapping):  # cpython: builtin
        self._mapping = mapping

    def __len__(self):  # cpython: builtin
        return len(self._mapping)

    def __repr__(self):  # cpython: builtin
        return f'{type(self).__name__}({list(self)!r})'


class _odict_keys(_odict_view):  # cpython: builtin
    __slots__ = ()

    def __iter__(self):  # cpython: builtin
        return iter(self._mapping)

    def __reversed__(self):  # cpython: builtin
        return reversed(self._mapping)

    def __contains__(self, key):  # cpython: builtin
        return key in self._mapping

    def __eq__(self, other):  # cpython: builtin
        return set(self) == set(other)

    def __and__(self, other):  # cpython: builtin
        return set(self) & set(other)

    def __or__(self, other):  # cpython: builtin
        return set(self) | set(other)

    def __sub__(self, other):  # cpython: builtin
        return set(self) - set(other)

    def __xor__(self, other):  # cpython: builtin
        return set(self) ^ set(other)

    def isdisjoint(self, other):  # cpython: builtin
        return set(self).isdisjoint(other)


class _odict_values(_odict_view):  # cpython: builtin
    __slots__ = ()

    def __iter__(self):  # cpython: builtin
        m = self._mapping
        return (m[k] for k in m)

    def __reversed__(self):  # cpython: builtin
        m = self._mapping
        return (m[k] for k in reversed(m))


class _odict_items(_odict_view):  # cpython: builtin
    __slots__ = ()

    def __iter__(self):  # cpython: builtin
        m = self._mapping
        return ((k, m[k]) for k in m)

    def __reversed__(self):  # cpython: builtin
        m = self._mapping
        return ((k, m[k]) for k in reversed(m))

    def __contains__(self, item):  # cpython: builtin
        key, value = item
        m = self._mapping
        return key in m and (m[key] is value or m[key] == value)

    def __eq__(self, other):  # cpython: builtin
        return set(self) == set(other)


class _odict_iterator:  # cpython: builtin
    __slots__ = ('_od', '_keys', '_size')

    def __init__(self, od, keys):  # cpython: builtin
        self._od = od
        self._keys = keys
        self._size = len(od)

    def __iter__(self):  # cpython: builtin
        return self

    def __next__(self):  # cpython: builtin
        if len(self._od) != self._size:
            raise RuntimeError('OrderedDict mutated during iteration')
        return next(self._keys)


class OrderedDict(dict):  # cpython: builtin

    def __iter__(self):  # cpython: builtin
        return _odict_iterator(self, iter(dict.keys(self)))

    def __reversed__(self):  # cpython: builtin
        return _odict_iterator(self, reversed(dict.keys(self)))

    def keys(self):  # cpython: builtin
        return _odict_keys(self)

    def values(self):  # cpython: builtin
        return _odict_values(self)

    def items(self):  # cpython: builtin
        return _odict_items(self)

    def move_to_end(self, key, last=True):  # cpython: builtin
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):  # cpython: builtin
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        key = next(reversed(dict.keys(self))) if last else next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def __eq__(self, other):  # cpython: builtin
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, dict.keys(self), dict.keys(other)))
        return dict.__eq__(self, other)

    def __ne__(self, other):  # cpython: builtin
        return not self == other

    def __repr__(self):  # cpython: builtin
        return _recursive_repr(self, _odict_repr, '...')

    def copy(self):  # cpython: builtin
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):  # cpython: builtin
        state = vars(self) or None if hasattr(self, '__dict__') else None
        return type(self), (), state, None, iter(dict.items(self))

    def __or__(self, other):  # cpython: builtin
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):  # cpython: builtin
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):  # cpython: builtin
        self.update(other)
        return self


def _odict_repr(od):  # cpython: builtin
    name = type(od).__name__
    if not dict.__len__(od):
        return f'{name}()'
    return f'{name}({list(dict.items(od))!r})'


_builtin_type(OrderedDict, 'collections.OrderedDict')
for _view, _name in [(_odict_keys, 'odict_keys'), (_odict_values, 'odict_values'), (_odict_items, 'odict_items'),
                     (_odict_iterator, 'odict_iterator')]:
    _builtin_type(_view, _name, _name)


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):  # cpython: builtin
    mapping_get = mapping.get  # cpython: 527
    for elem in iterable:  # cpython: 528
        mapping[elem] = mapping_get(elem, 0) + 1  # cpython: 529


class Counter(dict):

    def __init__(self, iterable=None, /, **kwds):  # cpython: 587
        super().__init__()  # cpython: 598
        self.update(iterable, **kwds)  # cpython: 599

    def __missing__(self, key):  # cpython: 601
        return 0  # cpython: 604

    def total(self):  # cpython: 606
        return sum(self.values())  # cpython: 608

    def most_common(self, n=None):  # cpython: 610
        if n is None:  # cpython: 619
            return sorted(self.items(), key=_itemgetter(1), reverse=True)  # cpython: 620
        return _nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):  # cpython: 626
        return _chain.from_iterable(_starmap(_repeat, self.items()))  # cpython: 644

    @classmethod
    def fromkeys(cls, iterable, v=None):  # cpython: 649
        raise NotImplementedError(  # cpython: 657
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):  # cpython: 660
        if iterable is not None:  # cpython: 680
            if _is_mapping(iterable):
                if self:  # cpython: 682
                    self_get = self.get  # cpython: 683
                    for elem, count in iterable.items():  # cpython: 684
                        self[elem] = count + self_get(elem, 0)  # cpython: 685
                else:  # cpython: 686
                    dict.update(self, iterable)
            else:  # cpython: 689
                _count_elements(self, iterable)  # cpython: 690
        if kwds:  # cpython: 691
            self.update(kwds)  # cpython: 692

    def subtract(self, iterable=None, /, **kwds):  # cpython: 694
        if iterable is not None:  # cpython: 710
            self_get = self.get  # cpython: 711
            if _is_mapping(iterable):
                for elem, count in iterable.items():  # cpython: 713
                    self[elem] = self_get(elem, 0) - count  # cpython: 714
            else:  # cpython: 715
                for elem in iterable:  # cpython: 716
                    self[elem] = self_get(elem, 0) - 1  # cpython: 717
        if kwds:  # cpython: 718
            self.subtract(kwds)  # cpython: 719

    def copy(self):  # cpython: 721
        return self.__class__(self)  # cpython: 723

    def __reduce__(self):  # cpython: 725
        return self.__class__, (dict(self),)  # cpython: 726

    def __delitem__(self, elem):  # cpython: 728
        if elem in self:  # cpython: 730
            super().__delitem__(elem)  # cpython: 731

    def __eq__(self, other):  # cpython: 778
        if not isinstance(other, Counter):  # cpython: 780
            return NotImplemented  # cpython: 781
        return all(self[e] == other[e] for c in (self, other) for e in c)  # cpython: 782

    def __ne__(self, other):  # cpython: 784
        if not isinstance(other, Counter):  # cpython: 786
            return NotImplemented  # cpython: 787
        return not self == other  # cpython: 788

    def __le__(self, other):  # cpython: 790
        if not isinstance(other, Counter):  # cpython: 792
            return NotImplemented  # cpython: 793
        return all(self[e] <= other[e] for c in (self, other) for e in c)  # cpython: 794

    def __lt__(self, other):  # cpython: 796
        if not isinstance(other, Counter):  # cpython: 798
            return NotImplemented  # cpython: 799
        return self <= other and self != other  # cpython: 800

    def __ge__(self, other):  # cpython: 802
        if not isinstance(other, Counter):  # cpython: 804
            return NotImplemented  # cpython: 805
        return all(self[e] >= other[e] for c in (self, other) for e in c)  # cpython: 806

    def __gt__(self, other):  # cpython: 808
        if not isinstance(other, Counter):  # cpython: 810
            return NotImplemented  # cpython: 811
        return self >= other and self != other  # cpython: 812

    def __repr__(self):  # cpython: 733
        if not self:  # cpython: 734
            return f'{self.__class__.__name__}()'  # cpython: 735
        try:  # cpython: 736
            d = dict(self.most_common())  # cpython: 738
        except TypeError:  # cpython: 739
            d = dict(self)  # cpython: 741
        return f'{self.__class__.__name__}({d!r})'  # cpython: 742

    def __add__(self, other):  # cpython: 814
        if not isinstance(other, Counter):  # cpython: 821
            return NotImplemented  # cpython: 822
        result = Counter()  # cpython: 823
        for elem, count in self.items():  # cpython: 824
            newcount = count + other[elem]  # cpython: 825
            if newcount > 0:  # cpython: 826
                result[elem] = newcount  # cpython: 827
        for elem, count in other.items():  # cpython: 828
            if elem not in self and count > 0:  # cpython: 829
                result[elem] = count  # cpython: 830
        return result  # cpython: 831

    def __sub__(self, other):  # cpython: 833
        if not isinstance(other, Counter):  # cpython: 840
            return NotImplemented  # cpython: 841
        result = Counter()  # cpython: 842
        for elem, count in self.items():  # cpython: 843
            newcount = count - other[elem]  # cpython: 844
            if newcount > 0:  # cpython: 845
                result[elem] = newcount  # cpython: 846
        for elem, count in other.items():  # cpython: 847
            if elem not in self and count < 0:  # cpython: 848
                result[elem] = 0 - count  # cpython: 849
        return result  # cpython: 850

    def __or__(self, other):  # cpython: 852
        if not isinstance(other, Counter):  # cpython: 859
            return NotImplemented  # cpython: 860
        result = Counter()  # cpython: 861
        for elem, count in self.items():  # cpython: 862
            other_count = other[elem]  # cpython: 863
            newcount = other_count if count < other_count else count  # cpython: 864
            if newcount > 0:  # cpython: 865
                result[elem] = newcount  # cpython: 866
        for elem, count in other.items():  # cpython: 867
            if elem not in self and count > 0:  # cpython: 868
                result[elem] = count  # cpython: 869
        return result  # cpython: 870

    def __and__(self, other):  # cpython: 872
        if not isinstance(other, Counter):  # cpython: 879
            return NotImplemented  # cpython: 880
        result = Counter()  # cpython: 881
        for elem, count in self.items():  # cpython: 882
            other_count = other[elem]  # cpython: 883
            newcount = count if count < other_count else other_count  # cpython: 884
            if newcount > 0:  # cpython: 885
                result[elem] = newcount  # cpython: 886
        return result  # cpython: 887

    def __pos__(self):  # cpython: 889
        result = Counter()  # cpython: 891
        for elem, count in self.items():  # cpython: 892
            if count > 0:  # cpython: 893
                result[elem] = count  # cpython: 894
        return result  # cpython: 895

    def __neg__(self):  # cpython: 897
        result = Counter()  # cpython: 902
        for elem, count in self.items():  # cpython: 903
            if count < 0:  # cpython: 904
                result[elem] = 0 - count  # cpython: 905
        return result  # cpython: 906

    def _keep_positive(self):  # cpython: 908
        nonpositive = [elem for elem, count in self.items() if not count > 0]  # cpython: 910
        for elem in nonpositive:  # cpython: 911
            del self[elem]  # cpython: 912
        return self  # cpython: 913

    def __iadd__(self, other):  # cpython: 915
        for elem, count in other.items():  # cpython: 924
            self[elem] += count  # cpython: 925
        return self._keep_positive()  # cpython: 926

    def __isub__(self, other):  # cpython: 928
        for elem, count in other.items():  # cpython: 937
            self[elem] -= count  # cpython: 938
        return self._keep_positive()  # cpython: 939

    def __ior__(self, other):  # cpython: 941
        for elem, other_count in other.items():  # cpython: 950
            count = self[elem]  # cpython: 951
            if other_count > count:  # cpython: 952
                self[elem] = other_count  # cpython: 953
        return self._keep_positive()  # cpython: 954

    def __iand__(self, other):  # cpython: 956
        for elem, count in self.items():  # cpython: 965
            other_count = other[elem]  # cpython: 966
            if other_count < count:  # cpython: 967
                self[elem] = other_count  # cpython: 968
        return self._keep_positive()  # cpython: 969


################################################################################
### ChainMap
################################################################################

class _KeysView:
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class _ItemsView(_KeysView):
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class _ValuesView(_KeysView):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class ChainMap:

    _aiocc_mapping = True  # a collections.abc.MutableMapping

    def __init__(self, *maps):  # cpython: 990
        self.maps = list(maps) or [{}]  # cpython: 995

    def __missing__(self, key):  # cpython: 997
        raise KeyError(key)  # cpython: 998

    def __getitem__(self, key):  # cpython: 1000
        for mapping in self.maps:  # cpython: 1001
            try:  # cpython: 1002
                return mapping[key]
            except KeyError:  # cpython: 1004
                pass  # cpython: 1005
        return self.__missing__(key)  # cpython: 1006

    def get(self, key, default=None):  # cpython: 1008
        return self[key] if key in self else default  # cpython: 1009

    def __len__(self):  # cpython: 1011
        return len(set().union(*self.maps))  # cpython: 1012

    def __iter__(self):  # cpython: 1014
        d = {}  # cpython: 1015
        for mapping in reversed(self.maps):  # cpython: 1016
            d.update(dict.fromkeys(mapping))  # cpython: 1017
        return iter(d)  # cpython: 1018

    def __contains__(self, key):  # cpython: 1020
        return any(key in m for m in self.maps)  # cpython: 1021

    def __bool__(self):  # cpython: 1023
        return any(self.maps)  # cpython: 1024

    def __repr__(self):  # cpython: 1027
        return _recursive_repr(self, _chainmap_repr, '...')

    @classmethod
    def fromkeys(cls, iterable, *args):  # cpython: 1031
        return cls(dict.fromkeys(iterable, *args))  # cpython: 1033

    def copy(self):  # cpython: 1035
        return self.__class__(self.maps[0].copy(), *self.maps[1:])  # cpython: 1037

    __copy__ = copy

    def new_child(self, m=None, **kwargs):  # cpython: 1041
        if m is None:  # cpython: 1046
            m = kwargs  # cpython: 1047
        elif kwargs:  # cpython: 1048
            m.update(kwargs)  # cpython: 1049
        return self.__class__(m, *self.maps)  # cpython: 1050

    @property
    def parents(self):  # cpython: 1053
        return self.__class__(*self.maps[1:])  # cpython: 1055

    def __setitem__(self, key, value):  # cpython: 1057
        self.maps[0][key] = value  # cpython: 1058

    def __delitem__(self, key):  # cpython: 1060
        try:  # cpython: 1061
            del self.maps[0][key]  # cpython: 1062
        except KeyError:  # cpython: 1063
            raise KeyError(f'Key not found in the first mapping: {key!r}')  # cpython: 1064

    def popitem(self):  # cpython: 1066
        try:  # cpython: 1068
            return self.maps[0].popitem()  # cpython: 1069
        except KeyError:  # cpython: 1070
            raise KeyError('No keys found in the first mapping.')  # cpython: 1071

    def pop(self, key, *args):  # cpython: 1073
        try:  # cpython: 1075
            return self.maps[0].pop(key, *args)  # cpython: 1076
        except KeyError:  # cpython: 1077
            raise KeyError(f'Key not found in the first mapping: {key!r}')  # cpython: 1078

    def clear(self):  # cpython: 1080
        self.maps[0].clear()  # cpython: 1082

    def __ior__(self, other):  # cpython: 1084
        self.maps[0].update(other)  # cpython: 1085
        return self  # cpython: 1086

    def __or__(self, other):  # cpython: 1088
        if not _is_mapping(other):
            return NotImplemented  # cpython: 1090
        m = self.copy()  # cpython: 1091
        m.maps[0].update(other)  # cpython: 1092
        return m  # cpython: 1093

    def __ror__(self, other):  # cpython: 1095
        if not _is_mapping(other):
            return NotImplemented  # cpython: 1097
        m = dict(other)  # cpython: 1098
        for child in reversed(self.maps):  # cpython: 1099
            m.update(child)  # cpython: 1100
        return self.__class__(m)  # cpython: 1101

    # collections.abc.Mapping's and MutableMapping's methods
    def keys(self):
        return _KeysView(self)

    def items(self):
        return _ItemsView(self)

    def values(self):
        return _ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


for _view, _name in [(_KeysView, 'KeysView'), (_ItemsView, 'ItemsView'), (_ValuesView, 'ValuesView')]:
    _builtin_type(_view, _name, _name)


def _chainmap_repr(cm):
    return f'{cm.__class__.__name__}({", ".join(map(repr, cm.maps))})'
