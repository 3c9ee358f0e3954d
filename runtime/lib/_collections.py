"""aiocc's _collections: the containers CPython writes in C (Modules/_collectionsmodule.c and
Objects/odictobject.c) that collections re-exports: deque, defaultdict, OrderedDict and the
element counter of Counter. Each class is marked `# cpython: builtin`: like C code, its
methods have no frame in tracebacks, and its error messages name it by CPython's tp_name
("collections.deque"); its __module__ is collections, as CPython's.
"""

from _aiocc import builtin_type as _builtin_type, generic_alias as _generic_alias
from operator import eq as _eq, index as _index

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

    __module__ = 'collections'

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

    __module__ = 'collections'

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

    __module__ = 'collections'

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



def _count_elements(mapping, iterable):  # cpython: builtin
    mapping_get = mapping.get  # cpython: 527
    for elem in iterable:  # cpython: 528
        mapping[elem] = mapping_get(elem, 0) + 1  # cpython: 529


