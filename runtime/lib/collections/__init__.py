"""aiocc's collections module: CPython 3.11's containers, with its results, reprs and errors.

deque, defaultdict and OrderedDict come from _collections (the ones CPython writes in C), the
namedtuple factory from the runtime; Counter, ChainMap and UserDict/UserList/UserString are
Python here as in CPython (the last four on collections.abc, as there).
"""

from _aiocc import is_mapping as _is_mapping, namedtuple
from _collections import deque, defaultdict, OrderedDict, _count_elements, _recursive_repr
from heapq import nlargest as _nlargest
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from operator import itemgetter as _itemgetter
import sys as _sys
from collections import abc as _collections_abc

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

################################################################################
### Counter
################################################################################

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

class ChainMap(_collections_abc.MutableMapping):
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    The underlying mappings are stored in a list.  That list is public and can
    be accessed or updated using the *maps* attribute.  There is no other
    state.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping.

    '''

    def __init__(self, *maps):
        '''Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.

        '''
        self.maps = list(maps) or [{}]          # always at least one map

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]             # can't use 'key in mapping' with defaultdict
            except KeyError:
                pass
        return self.__missing__(key)            # support subclasses that define __missing__

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))     # reuses stored hash values if possible

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))    # reuses stored hash values if possible
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        # aiocc: _collections' _recursive_repr(obj, func, fill) for reprlib.recursive_repr().
        return _recursive_repr(self, _chainmap_repr, '...')

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):      # like Django's Context.push()
        '''New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        '''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):                          # like Django's Context.pop()
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


def _chainmap_repr(cm):
    return f'{cm.__class__.__name__}({", ".join(map(repr, cm.maps))})'



# aiocc: CPython registers deque with collections.abc, and OrderedDict's views derive from
# dict's, which are registered.
_collections_abc.MutableSequence.register(deque)
_collections_abc.KeysView.register(type(OrderedDict().keys()))  # dict_keys' subclasses in CPython
_collections_abc.ItemsView.register(type(OrderedDict().items()))
_collections_abc.ValuesView.register(type(OrderedDict().values()))


################################################################################
### UserDict
################################################################################

class UserDict(_collections_abc.MutableMapping):

    # Start by filling-out the abstract methods
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    # Modify __contains__ to work correctly when __missing__ is present
    def __contains__(self, key):
        return key in self.data

    # Now, add the methods in dicts but not in MutableMapping
    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        # Create a copy and avoid triggering descriptors
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


################################################################################
### UserList
################################################################################

class UserList(_collections_abc.MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            # XXX should this accept an arbitrary sequence?
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        else:
            return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        # Create a copy and avoid triggering descriptors
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


################################################################################
### UserString
################################################################################

class UserString(_collections_abc.Sequence):

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # the following methods are defined in alphabetical order:
    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


# aiocc: typing's aliases of these classes (typing.Deque...) stand for them from now on, as
# CPython's are aliases of them.
from _aiocc import register_abcs as _register_abcs
_register_abcs({"Deque": deque, "DefaultDict": defaultdict, "OrderedDict": OrderedDict,
                "Counter": Counter, "ChainMap": ChainMap})
del _register_abcs
