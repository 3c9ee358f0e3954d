"""contextvars: context variables, and the contexts that hold their values (CPython's
_contextvars, written in C, whose names and error texts these classes keep).

Which context is current is the runtime's (aiocc/contextvars.h): the event loop runs each task
step in its task's context and each callback in a copy of the context it was scheduled from, as
CPython's loop does with Context.run. The current context is None (an empty one nothing has
asked for yet), a dict (a copy the loop took: an anonymous context with those values) or a
Context. A context's values are a dict that is never changed once made: setting a variable makes
a new one, so a copy shares its dict with the original until one of them changes.
"""

from _aiocc import (context_current as _current, context_switch as _switch,
                    builtin_type as _builtin_type, generic_alias as _generic_alias)

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


def _current_vars():  # cpython: builtin
    ctx = _current()
    if ctx is None:
        return None
    if type(ctx) is dict:
        return ctx
    return ctx._vars


def _current_context():  # cpython: builtin
    """The current context as a Context: made (and made current) from an anonymous one."""
    ctx = _current()
    if type(ctx) is Context:
        return ctx
    made = Context()
    if ctx is not None:
        made._vars = ctx
    _switch(made)
    return made


class _TokenMissing:  # cpython: builtin
    __module__ = 'builtins'

    def __repr__(self):  # cpython: builtin
        return '<Token.MISSING>'


_builtin_type(_TokenMissing, 'Token.MISSING', 'Token.MISSING')


class _ContextIterator:  # cpython: builtin
    """The iterators of a Context (CPython's HAMT iterators): their length is the context's."""
    __module__ = 'builtins'

    def __init__(self, items, n):  # cpython: builtin
        self._it = iter(items)
        self._n = n

    def __iter__(self):  # cpython: builtin
        return self

    def __next__(self):  # cpython: builtin
        return next(self._it)

    def __len__(self):  # cpython: builtin
        return self._n


class _Keys(_ContextIterator):  # cpython: builtin
    __module__ = 'builtins'


class _Values(_ContextIterator):  # cpython: builtin
    __module__ = 'builtins'


class _Items(_ContextIterator):  # cpython: builtin
    __module__ = 'builtins'


_builtin_type(_Keys, 'keys', 'keys')
_builtin_type(_Values, 'values', 'values')
_builtin_type(_Items, 'items', 'items')


def _check_var(var):  # cpython: builtin
    if type(var) is not ContextVar:
        raise TypeError(f"a ContextVar key was expected, got {var!r}")


class Context:  # cpython: builtin
    __module__ = '_contextvars'

    def __init__(self, *args, **kwargs):  # cpython: builtin
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._vars = {}
        self._entered = False

    def run(self, *args, **kwargs):  # cpython: builtin
        if not args:
            raise TypeError('run() missing 1 required positional argument')
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._entered = True
        saved = _switch(self)
        try:
            return args[0](*args[1:], **kwargs)
        finally:
            _switch(saved)
            self._entered = False

    def copy(self, *args):  # cpython: builtin
        if args:
            raise TypeError(f'Context.copy() takes no arguments ({len(args)} given)')
        made = Context()
        made._vars = self._vars
        return made

    def get(self, *args):  # cpython: builtin
        if not args:
            raise TypeError('get expected at least 1 argument, got 0')
        if len(args) > 2:
            raise TypeError(f'get expected at most 2 arguments, got {len(args)}')
        _check_var(args[0])
        return self._vars.get(args[0], args[1] if len(args) == 2 else None)

    def keys(self, *args):  # cpython: builtin
        if args:
            raise TypeError(f'Context.keys() takes no arguments ({len(args)} given)')
        return _Keys(self._vars.keys(), len(self._vars))

    def values(self, *args):  # cpython: builtin
        if args:
            raise TypeError(f'Context.values() takes no arguments ({len(args)} given)')
        return _Values(self._vars.values(), len(self._vars))

    def items(self, *args):  # cpython: builtin
        if args:
            raise TypeError(f'Context.items() takes no arguments ({len(args)} given)')
        return _Items(self._vars.items(), len(self._vars))

    def __getitem__(self, var):  # cpython: builtin
        _check_var(var)
        return self._vars[var]

    def __contains__(self, var):  # cpython: builtin
        _check_var(var)
        return var in self._vars

    def __len__(self):  # cpython: builtin
        return len(self._vars)

    def __iter__(self):  # cpython: builtin
        return _Keys(self._vars.keys(), len(self._vars))

    def __eq__(self, other):  # cpython: builtin
        if type(other) is not Context:
            return NotImplemented
        return self._vars == other._vars


_builtin_type(Context, '_contextvars.Context')


class ContextVar:  # cpython: builtin
    __module__ = '_contextvars'

    def __init__(self, *args, **kwargs):  # cpython: builtin
        if len(args) != 1:
            if not args:
                raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
            raise TypeError(f'ContextVar() takes at most 1 positional argument ({len(args)} given)')
        for key in kwargs:
            if key != 'default':
                raise TypeError(f"'{key}' is an invalid keyword argument for ContextVar()")
        name = args[0]
        if type(name) is not str:
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = kwargs.get('default', _NO_DEFAULT)

    def __init_subclass__(cls, **kwargs):  # cpython: builtin
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):  # cpython: builtin
        return self._name

    @name.setter
    def name(self, value):  # cpython: builtin
        raise AttributeError('readonly attribute')

    def get(self, *args):  # cpython: builtin
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        vars = _current_vars()
        if vars is not None:
            value = vars.get(self, _NO_DEFAULT)
            if value is not _NO_DEFAULT:
                return value
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):  # cpython: builtin
        if len(args) != 1:
            raise TypeError(f'ContextVar.set() takes exactly one argument ({len(args)} given)')
        ctx = _current_context()
        old = ctx._vars.get(self, Token.MISSING)
        vars = dict(ctx._vars)
        vars[self] = args[0]
        ctx._vars = vars
        token = object.__new__(Token)
        token._ctx = ctx
        token._var = self
        token._old = old
        token._used = False
        return token

    def reset(self, *args):  # cpython: builtin
        if len(args) != 1:
            raise TypeError(f'ContextVar.reset() takes exactly one argument ({len(args)} given)')
        token = args[0]
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current_context()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        vars = dict(ctx._vars)
        if token._old is Token.MISSING:
            if self not in vars:
                raise LookupError(self)
            del vars[self]
        else:
            vars[self] = token._old
        ctx._vars = vars

    def __repr__(self):  # cpython: builtin
        default = '' if self._default is _NO_DEFAULT else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):  # cpython: builtin
        return _generic_alias(cls, item)


_builtin_type(ContextVar, '_contextvars.ContextVar')


class Token:  # cpython: builtin
    __module__ = '_contextvars'
    MISSING = _TokenMissing()

    def __init__(self, *args, **kwargs):  # cpython: builtin
        raise RuntimeError('Tokens can only be created by ContextVars')

    def __init_subclass__(cls, **kwargs):  # cpython: builtin
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):  # cpython: builtin
        return self._var

    @var.setter
    def var(self, value):  # cpython: builtin
        raise AttributeError('readonly attribute')

    @property
    def old_value(self):  # cpython: builtin
        return self._old

    @old_value.setter
    def old_value(self, value):  # cpython: builtin
        raise AttributeError('readonly attribute')

    def __repr__(self):  # cpython: builtin
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):  # cpython: builtin
        return _generic_alias(cls, item)


_builtin_type(Token, '_contextvars.Token')


def copy_context(*args):  # cpython: builtin
    if args:
        raise TypeError(f'_contextvars.copy_context() takes no arguments ({len(args)} given)')
    made = Context()
    vars = _current_vars()
    if vars is not None:
        made._vars = vars
    return made


copy_context.__module__ = '_contextvars'
