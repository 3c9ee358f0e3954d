"""asyncio's Condition and Barrier (CPython 3.11's asyncio/locks.py), over the runtime's own
Lock and futures (runtime/src/loop/sync.cpp). The frontend's table binds `asyncio.NAME` for
these names here (runtime/src/loop/asyncio_lib.cpp). Each line that can show in a traceback is
marked with the line of locks.py it stands for, so a task cancelled in Condition.wait() shows
CPython's frames."""

import collections
import enum
from asyncio import Lock, CancelledError, get_running_loop


class BrokenBarrierError(RuntimeError):  # cpython: builtin
    """Barrier is broken by barrier.abort() call."""
    __module__ = 'asyncio.exceptions'


class _ContextManagerMixin:  # cpython: 13
    __module__ = 'asyncio.locks'

    async def __aenter__(self):  # cpython: 14
        await self.acquire()  # cpython: 15
        return None  # cpython: 18

    async def __aexit__(self, exc_type, exc, tb):  # cpython: 20
        self.release()  # cpython: 21


class _LoopBoundMixin:  # cpython: builtin
    """asyncio.mixins._LoopBoundMixin: the loop an object is first used in is its loop."""
    __module__ = 'asyncio.mixins'
    _loop = None

    def _get_loop(self):  # cpython: builtin
        try:
            loop = get_running_loop()
        except RuntimeError:
            loop = None
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class Condition(_ContextManagerMixin, _LoopBoundMixin):  # cpython: 219
    """Asynchronous equivalent to threading.Condition.

    This class implements condition variable objects. A condition variable
    allows one or more coroutines to wait until they are notified by another
    coroutine.

    A new Lock object is created and used as the underlying lock.
    """
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):  # cpython: 229
        if lock is None:  # cpython: 230
            lock = Lock()  # cpython: 231
        self._lock = lock  # cpython: 233
        # The lock's own methods, as attributes of the condition.
        self.locked = lock.locked  # cpython: 235
        self.acquire = lock.acquire  # cpython: 236
        self.release = lock.release  # cpython: 237
        self._waiters = collections.deque()  # cpython: 239

    def __repr__(self):  # cpython: 241
        res = super().__repr__()  # cpython: 242
        extra = 'locked' if self.locked() else 'unlocked'  # cpython: 243
        if self._waiters:  # cpython: 244
            extra = f'{extra}, waiters:{len(self._waiters)}'  # cpython: 245
        return f'<{res[1:-1]} [{extra}]>'  # cpython: 246

    async def wait(self):  # cpython: 248
        """Wait until notified.

        If the calling coroutine has not acquired the lock when this
        method is called, a RuntimeError is raised.

        This method releases the underlying lock, and then blocks
        until it is awakened by a notify() or notify_all() call for
        the same condition variable in another coroutine.  Once
        awakened, it re-acquires the lock and returns True.
        """
        if not self.locked():  # cpython: 259
            raise RuntimeError('cannot wait on un-acquired lock')  # cpython: 260
        self.release()  # cpython: 262
        try:  # cpython: 263
            fut = self._get_loop().create_future()  # cpython: 264
            self._waiters.append(fut)  # cpython: 265
            try:  # cpython: 266
                await fut  # cpython: 267
                return True  # cpython: 268
            finally:  # cpython: 269
                self._waiters.remove(fut)  # cpython: 270
        finally:  # cpython: 272
            # The lock is taken again, however the wait ended: a cancellation while taking
            # it is raised once it is held.
            cancelled = False  # cpython: 274
            while True:  # cpython: 275
                try:  # cpython: 276
                    await self.acquire()  # cpython: 277
                    break  # cpython: 278
                except CancelledError:  # cpython: 279
                    cancelled = True  # cpython: 280
            if cancelled:  # cpython: 282
                raise CancelledError  # cpython: 283

    async def wait_for(self, predicate):  # cpython: 285
        """Wait until a predicate becomes true.

        The predicate should be a callable which result will be
        interpreted as a boolean value.  The final predicate value is
        the return value.
        """
        result = predicate()  # cpython: 292
        while not result:  # cpython: 293
            await self.wait()  # cpython: 294
            result = predicate()  # cpython: 295
        return result  # cpython: 296

    def notify(self, n=1):  # cpython: 298
        """By default, wake up one coroutine waiting on this condition, if any.
        If the calling coroutine has not acquired the lock when this method
        is called, a RuntimeError is raised.

        This method wakes up at most n of the coroutines waiting for the
        condition variable; it is a no-op if no coroutines are waiting.

        Note: an awakened coroutine does not actually return from its
        wait() call until it can reacquire the lock. Since notify() does
        not release the lock, its caller should.
        """
        if not self.locked():  # cpython: 310
            raise RuntimeError('cannot notify on un-acquired lock')  # cpython: 311
        idx = 0  # cpython: 313
        for fut in self._waiters:  # cpython: 314
            if idx >= n:  # cpython: 315
                break  # cpython: 316
            if not fut.done():  # cpython: 318
                idx += 1  # cpython: 319
                fut.set_result(False)  # cpython: 320

    def notify_all(self):  # cpython: 322
        """Wake up all threads waiting on this condition. This method acts
        like notify(), but wakes up all waiting threads instead of one. If the
        calling thread has not acquired the lock when this method is called,
        a RuntimeError is raised.
        """
        self.notify(len(self._waiters))  # cpython: 328


class _BarrierState(enum.Enum):  # cpython: 439
    __module__ = 'asyncio.locks'
    FILLING = 'filling'  # cpython: 440
    DRAINING = 'draining'  # cpython: 441
    RESETTING = 'resetting'  # cpython: 442
    BROKEN = 'broken'  # cpython: 443


class Barrier(_LoopBoundMixin):  # cpython: 446
    """Asyncio equivalent to threading.Barrier

    Implements a Barrier primitive.
    Useful for synchronizing a fixed number of tasks at known synchronization
    points. Tasks block on 'wait()' and are simultaneously awoken once they
    have all made their call.
    """
    __module__ = 'asyncio.locks'

    def __init__(self, parties):  # cpython: 455
        """Create a barrier, initialised to 'parties' tasks."""
        if parties < 1:  # cpython: 457
            raise ValueError('parties must be > 0')  # cpython: 458
        self._cond = Condition()  # cpython: 460
        self._parties = parties  # cpython: 462
        self._state = _BarrierState.FILLING  # cpython: 463
        self._count = 0  # cpython: 464

    def __repr__(self):  # cpython: 466
        res = super().__repr__()  # cpython: 467
        extra = f'{self._state.value}'  # cpython: 468
        if not self.broken:  # cpython: 469
            extra += f', waiters:{self.n_waiting}/{self.parties}'  # cpython: 470
        return f'<{res[1:-1]} [{extra}]>'  # cpython: 471

    async def __aenter__(self):  # cpython: 473
        # `async with barrier as index`: the index wait() returns.
        return await self.wait()  # cpython: 476

    async def __aexit__(self, *args):  # cpython: 478
        pass  # cpython: 479

    async def wait(self):  # cpython: 481
        """Wait for the barrier.

        When the specified number of tasks have started waiting, they are all
        simultaneously awoken.
        Returns an unique and individual index number from 0 to 'parties-1'.
        """
        async with self._cond:  # cpython: 488
            await self._block()  # cpython: 489
            try:  # cpython: 490
                index = self._count  # cpython: 491
                self._count += 1  # cpython: 492
                if index + 1 == self._parties:  # cpython: 493
                    # The last one in: the barrier drains.
                    await self._release()  # cpython: 495
                else:  # cpython: 496
                    await self._wait()  # cpython: 497
                return index  # cpython: 498
            finally:  # cpython: 499
                self._count -= 1  # cpython: 500
                # The last one out wakes those waiting for the barrier to drain.
                self._exit()  # cpython: 502

    async def _block(self):  # cpython: 504
        # While the barrier drains or resets, wait; then a broken barrier raises.
        await self._cond.wait_for(  # cpython: 510
            lambda: self._state not in (  # cpython: 511
                _BarrierState.DRAINING, _BarrierState.RESETTING  # cpython: 512
            )  # cpython: 513
        )  # cpython: 514
        if self._state is _BarrierState.BROKEN:  # cpython: 517
            raise BrokenBarrierError("Barrier aborted")  # cpython: 518

    async def _release(self):  # cpython: 520
        # Draining: the tasks that wait now are blocked until the barrier has drained.
        self._state = _BarrierState.DRAINING  # cpython: 525
        self._cond.notify_all()  # cpython: 526

    async def _wait(self):  # cpython: 528
        # Waits for the filling to end; a reset or an abort raises.
        await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)  # cpython: 534
        if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):  # cpython: 536
            raise BrokenBarrierError("Abort or reset of barrier")  # cpython: 537

    def _exit(self):  # cpython: 539
        # The last task out of a draining or resetting barrier fills it again.
        if self._count == 0:  # cpython: 542
            if self._state in (_BarrierState.RESETTING, _BarrierState.DRAINING):  # cpython: 543
                self._state = _BarrierState.FILLING  # cpython: 544
            self._cond.notify_all()  # cpython: 545

    async def reset(self):  # cpython: 547
        """Reset the barrier to the initial state.

        Any tasks currently waiting will get the BrokenBarrier exception
        raised.
        """
        async with self._cond:  # cpython: 553
            if self._count > 0:  # cpython: 554
                if self._state is not _BarrierState.RESETTING:  # cpython: 555
                    self._state = _BarrierState.RESETTING  # cpython: 557
            else:  # cpython: 558
                self._state = _BarrierState.FILLING  # cpython: 559
            self._cond.notify_all()  # cpython: 560

    async def abort(self):  # cpython: 562
        """Place the barrier into a 'broken' state.

        Useful in case of error.  Any currently waiting tasks and tasks
        attempting to 'wait()' will have BrokenBarrierError raised.
        """
        async with self._cond:  # cpython: 568
            self._state = _BarrierState.BROKEN  # cpython: 569
            self._cond.notify_all()  # cpython: 570

    @property  # cpython: 572
    def parties(self):  # cpython: 573
        """Return the number of tasks required to trip the barrier."""
        return self._parties  # cpython: 575

    @property  # cpython: 577
    def n_waiting(self):  # cpython: 578
        """Return the number of tasks currently waiting at the barrier."""
        if self._state is _BarrierState.FILLING:  # cpython: 580
            return self._count  # cpython: 581
        return 0  # cpython: 582

    @property  # cpython: 584
    def broken(self):  # cpython: 585
        """Return True if the barrier is in a broken state."""
        return self._state is _BarrierState.BROKEN  # cpython: 587
