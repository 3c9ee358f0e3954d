"""Random variable generators.

aiocc's random module: CPython 3.11's, the same numbers for the same seed. The generator
itself is _random.Random (runtime/src/modules/random.cpp); this module turns its words and
floats into integers, choices, samples and distributions the way CPython's random.py does.

A line ending in `# cpython: N` is line N of CPython's random.py in tracebacks.
"""

import _random
from _aiocc import urandom as _urandom, sha512 as _sha512, is_sequence as _is_sequence, warn as _warn
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat
from math import acos as _acos, ceil as _ceil, cos as _cos, e as _e, exp as _exp
from math import floor as _floor, isfinite as _isfinite, log as _log, pi as _pi
from math import sin as _sin, sqrt as _sqrt, tau as TWOPI
from operator import index as _index

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1



class Random(_random.Random):

    VERSION = 3

    def __init__(self, x=None):  # cpython: 119
        self.seed(x)  # cpython: 125
        self.gauss_next = None  # cpython: 126

    def seed(self, a=None, version=2):  # cpython: 128
        if version == 1 and isinstance(a, (str, bytes)):  # cpython: 146
            # Python 2's string hash, as version 1 seeds were made.
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            h = ord(text[0]) << 7 if text else 0
            for code in map(ord, text):
                h = ((1000003 * h) ^ code) & 0xFFFFFFFFFFFFFFFF
            h ^= len(text)
            a = -2 if h == -1 else h
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):  # cpython: 154
            data = a.encode() if isinstance(a, str) else a
            a = int.from_bytes(data + _sha512(data), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):  # cpython: 159
            raise TypeError('The only supported seed types are: None,\n'  # cpython: 160
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)  # cpython: 163
        self.gauss_next = None  # cpython: 164

    def getstate(self):  # cpython: 166
        return self.VERSION, super().getstate(), self.gauss_next  # cpython: 168

    def setstate(self, state):  # cpython: 170
        version = state[0]  # cpython: 172
        if version == 3:  # cpython: 173
            version, internalstate, self.gauss_next = state  # cpython: 174
            super().setstate(internalstate)  # cpython: 175
        elif version == 2:  # cpython: 176
            version, internalstate, self.gauss_next = state  # cpython: 177
            # Version 2 states of 64-bit Pythons hold signed words.
            try:  # cpython: 182
                internalstate = tuple(x % (2 ** 32) for x in internalstate)  # cpython: 183
            except ValueError as e:  # cpython: 184
                raise TypeError from e  # cpython: 185
            super().setstate(internalstate)  # cpython: 186
        else:  # cpython: 187
            raise ValueError("state with version %s passed to "  # cpython: 188
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def __getstate__(self):  # cpython: 203
        return self.getstate()  # cpython: 204

    def __setstate__(self, state):  # cpython: 206
        self.setstate(state)  # cpython: 207

    def __reduce__(self):  # cpython: 209
        return self.__class__, (), self.getstate()  # cpython: 210

    def __init_subclass__(cls, /, **kwargs):  # cpython: 215
        for c in cls.__mro__:  # cpython: 224
            if '_randbelow' in c.__dict__:  # cpython: 225
                break  # cpython: 227
            if 'getrandbits' in c.__dict__:  # cpython: 228
                cls._randbelow = cls._randbelow_with_getrandbits  # cpython: 229
                break  # cpython: 230
            if 'random' in c.__dict__:  # cpython: 231
                cls._randbelow = cls._randbelow_without_getrandbits  # cpython: 232
                break  # cpython: 233

    def _randbelow_with_getrandbits(self, n):  # cpython: 235
        getrandbits = self.getrandbits  # cpython: 238
        k = n.bit_length()  # cpython: 239
        r = getrandbits(k)  # cpython: 240
        while r >= n:  # cpython: 241
            r = getrandbits(k)  # cpython: 242
        return r  # cpython: 243

    def _randbelow_without_getrandbits(self, n, maxsize=1<<BPF):  # cpython: 245
        random = self.random  # cpython: 251
        if n >= maxsize:  # cpython: 252
            _warn("Underlying random() generator does not supply \n"  # cpython: 253
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.", UserWarning, 1)
            return _floor(random() * n)  # cpython: 256
        rem = maxsize % n  # cpython: 257
        limit = (maxsize - rem) / maxsize  # cpython: 258
        r = random()  # cpython: 259
        while r >= limit:  # cpython: 260
            r = random()  # cpython: 261
        return _floor(r * maxsize) % n  # cpython: 262

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):  # cpython: 277
        return self.getrandbits(n * 8).to_bytes(n, 'little')  # cpython: 279

    def randrange(self, start, stop=None, step=_ONE):  # cpython: 284
        # An integer, or (deprecated) a float with an integral value.
        try:  # cpython: 294
            istart = _index(start)  # cpython: 295
        except TypeError:  # cpython: 296
            istart = int(start)  # cpython: 297
            if istart != start:  # cpython: 298
                _warn('randrange() will raise TypeError in the future', DeprecationWarning, 2)  # cpython: 299
                raise ValueError("non-integer arg 1 for randrange()")  # cpython: 301
            _warn('non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version', DeprecationWarning, 2)  # cpython: 302
        if stop is None:  # cpython: 306
            if step is not _ONE:  # cpython: 309
                raise TypeError('Missing a non-None stop argument')  # cpython: 310
            if istart > 0:  # cpython: 311
                return self._randbelow(istart)  # cpython: 312
            raise ValueError("empty range for randrange()")  # cpython: 313
        try:  # cpython: 316
            istop = _index(stop)  # cpython: 317
        except TypeError:  # cpython: 318
            istop = int(stop)  # cpython: 319
            if istop != stop:  # cpython: 320
                _warn('randrange() will raise TypeError in the future', DeprecationWarning, 2)  # cpython: 321
                raise ValueError("non-integer stop for randrange()")  # cpython: 323
            _warn('non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version', DeprecationWarning, 2)  # cpython: 324
        width = istop - istart  # cpython: 328
        try:  # cpython: 329
            istep = _index(step)  # cpython: 330
        except TypeError:  # cpython: 331
            istep = int(step)  # cpython: 332
            if istep != step:  # cpython: 333
                _warn('randrange() will raise TypeError in the future', DeprecationWarning, 2)  # cpython: 334
                raise ValueError("non-integer step for randrange()")  # cpython: 336
            _warn('non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version', DeprecationWarning, 2)  # cpython: 337
        if istep == 1:  # cpython: 342
            if width > 0:  # cpython: 343
                return istart + self._randbelow(width)  # cpython: 344
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))  # cpython: 345
        if istep > 0:  # cpython: 348
            n = (width + istep - 1) // istep  # cpython: 349
        elif istep < 0:  # cpython: 350
            n = (width + istep + 1) // istep  # cpython: 351
        else:  # cpython: 352
            raise ValueError("zero step for randrange()")  # cpython: 353
        if n <= 0:  # cpython: 354
            raise ValueError("empty range for randrange()")  # cpython: 355
        return istart + istep * self._randbelow(n)  # cpython: 356

    def randint(self, a, b):  # cpython: 358
        return self.randrange(a, b+1)  # cpython: 362

    def choice(self, seq):  # cpython: 367
        if not len(seq):  # cpython: 372
            raise IndexError('Cannot choose from an empty sequence')  # cpython: 373
        return seq[self._randbelow(len(seq))]  # cpython: 374

    def shuffle(self, x):  # cpython: 376
        randbelow = self._randbelow  # cpython: 379
        for i in reversed(range(1, len(x))):  # cpython: 380
            j = randbelow(i + 1)  # cpython: 382
            x[i], x[j] = x[j], x[i]  # cpython: 383

    def sample(self, population, k, *, counts=None):  # cpython: 385
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "  # cpython: 439
                            "For dicts or sets, use sorted(d).")
        n = len(population)  # cpython: 441
        if counts is not None:  # cpython: 442
            cum_counts = list(_accumulate(counts))  # cpython: 443
            if len(cum_counts) != n:  # cpython: 444
                raise ValueError('The number of counts does not match the population')  # cpython: 445
            total = cum_counts.pop()  # cpython: 446
            if not isinstance(total, int):  # cpython: 447
                raise TypeError('Counts must be integers')  # cpython: 448
            if total <= 0:  # cpython: 449
                raise ValueError('Total of counts must be greater than zero')  # cpython: 450
            selections = self.sample(range(total), k=k)  # cpython: 451
            bisect = _bisect  # cpython: 452
            return [population[bisect(cum_counts, s)] for s in selections]  # cpython: 453
        randbelow = self._randbelow  # cpython: 454
        if not 0 <= k <= n:  # cpython: 455
            raise ValueError("Sample larger than population or is negative")  # cpython: 456
        result = [None] * k  # cpython: 457
        # Small populations: pick from a copy; large ones: remember what was picked.
        setsize = 21  # cpython: 458
        if k > 5:  # cpython: 459
            setsize += 4 ** _ceil(_log(k * 3, 4))  # cpython: 460
        if n <= setsize:  # cpython: 461
            pool = list(population)  # cpython: 464
            for i in range(k):  # cpython: 465
                j = randbelow(n - i)  # cpython: 466
                result[i] = pool[j]  # cpython: 467
                pool[j] = pool[n - i - 1]  # cpython: 468
        else:  # cpython: 469
            selected = set()  # cpython: 470
            selected_add = selected.add  # cpython: 471
            for i in range(k):  # cpython: 472
                j = randbelow(n)  # cpython: 473
                while j in selected:  # cpython: 474
                    j = randbelow(n)  # cpython: 475
                selected_add(j)  # cpython: 476
                result[i] = population[j]  # cpython: 477
        return result  # cpython: 478

    def choices(self, population, weights=None, *, cum_weights=None, k=1):  # cpython: 480
        random = self.random  # cpython: 487
        n = len(population)  # cpython: 488
        if cum_weights is None:  # cpython: 489
            if weights is None:  # cpython: 490
                floor = _floor  # cpython: 491
                n += 0.0  # cpython: 492
                return [population[floor(random() * n)] for i in _repeat(None, k)]  # cpython: 493
            try:  # cpython: 494
                cum_weights = list(_accumulate(weights))  # cpython: 495
            except TypeError:  # cpython: 496
                if not isinstance(weights, int):  # cpython: 497
                    raise  # cpython: 498
                k = weights  # cpython: 499
                raise TypeError(  # cpython: 500
                    f'The number of choices must be a keyword argument: k={k!r}'
                ) from None
        elif weights is not None:  # cpython: 503
            raise TypeError('Cannot specify both weights and cumulative weights')  # cpython: 504
        if len(cum_weights) != n:  # cpython: 505
            raise ValueError('The number of weights does not match the population')  # cpython: 506
        total = cum_weights[-1] + 0.0  # cpython: 507
        if total <= 0.0:  # cpython: 508
            raise ValueError('Total of weights must be greater than zero')  # cpython: 509
        if not _isfinite(total):  # cpython: 510
            raise ValueError('Total of weights must be finite')  # cpython: 511
        bisect = _bisect  # cpython: 512
        hi = n - 1  # cpython: 513
        return [population[bisect(cum_weights, random() * total, 0, hi)]  # cpython: 514
                for i in _repeat(None, k)]  # cpython: 515

    def uniform(self, a, b):  # cpython: 520
        return a + (b - a) * self.random()  # cpython: 522

    def triangular(self, low=0.0, high=1.0, mode=None):  # cpython: 524
        u = self.random()  # cpython: 533
        try:  # cpython: 534
            c = 0.5 if mode is None else (mode - low) / (high - low)  # cpython: 535
        except ZeroDivisionError:  # cpython: 536
            return low  # cpython: 537
        if u > c:  # cpython: 538
            u = 1.0 - u  # cpython: 539
            c = 1.0 - c  # cpython: 540
            low, high = high, low  # cpython: 541
        return low + (high - low) * _sqrt(u * c)  # cpython: 542

    def normalvariate(self, mu=0.0, sigma=1.0):  # cpython: 544
        # Kinderman and Monahan's ratio-of-uniforms method.
        random = self.random  # cpython: 555
        while True:  # cpython: 556
            u1 = random()  # cpython: 557
            u2 = 1.0 - random()  # cpython: 558
            z = NV_MAGICCONST * (u1 - 0.5) / u2  # cpython: 559
            zz = z * z / 4.0  # cpython: 560
            if zz <= -_log(u2):  # cpython: 561
                break  # cpython: 562
        return mu + z * sigma  # cpython: 563

    def gauss(self, mu=0.0, sigma=1.0):  # cpython: 565
        # Box-Muller, keeping the second value of each pair for the next call.
        random = self.random  # cpython: 592
        z = self.gauss_next  # cpython: 593
        self.gauss_next = None  # cpython: 594
        if z is None:  # cpython: 595
            x2pi = random() * TWOPI  # cpython: 596
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))  # cpython: 597
            z = _cos(x2pi) * g2rad  # cpython: 598
            self.gauss_next = _sin(x2pi) * g2rad  # cpython: 599
        return mu + z * sigma  # cpython: 601

    def lognormvariate(self, mu, sigma):  # cpython: 603
        return _exp(self.normalvariate(mu, sigma))  # cpython: 611

    def expovariate(self, lambd):  # cpython: 613
        return -_log(1.0 - self.random()) / lambd  # cpython: 628

    def vonmisesvariate(self, mu, kappa):  # cpython: 630
        random = self.random  # cpython: 646
        if kappa <= 1e-6:  # cpython: 647
            return TWOPI * random()  # cpython: 648
        s = 0.5 / kappa  # cpython: 650
        r = s + _sqrt(1.0 + s * s)  # cpython: 651
        while True:  # cpython: 653
            u1 = random()  # cpython: 654
            z = _cos(_pi * u1)  # cpython: 655
            d = z / (r + z)  # cpython: 657
            u2 = random()  # cpython: 658
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):  # cpython: 659
                break  # cpython: 660
        q = 1.0 / r  # cpython: 662
        f = (q + z) / (1.0 + q * z)  # cpython: 663
        u3 = random()  # cpython: 664
        if u3 > 0.5:  # cpython: 665
            theta = (mu + _acos(f)) % TWOPI  # cpython: 666
        else:  # cpython: 667
            theta = (mu - _acos(f)) % TWOPI  # cpython: 668
        return theta  # cpython: 670

    def gammavariate(self, alpha, beta):  # cpython: 672
        if alpha <= 0.0 or beta <= 0.0:  # cpython: 688
            raise ValueError('gammavariate: alpha and beta must be > 0.0')  # cpython: 689
        random = self.random  # cpython: 691
        if alpha > 1.0:  # cpython: 692
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)  # cpython: 698
            bbb = alpha - LOG4  # cpython: 699
            ccc = alpha + ainv  # cpython: 700
            while True:  # cpython: 702
                u1 = random()  # cpython: 703
                if not 1e-7 < u1 < 0.9999999:  # cpython: 704
                    continue  # cpython: 705
                u2 = 1.0 - random()  # cpython: 706
                v = _log(u1 / (1.0 - u1)) / ainv  # cpython: 707
                x = alpha * _exp(v)  # cpython: 708
                z = u1 * u1 * u2  # cpython: 709
                r = bbb + ccc * v - x  # cpython: 710
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):  # cpython: 711
                    return x * beta  # cpython: 712
        elif alpha == 1.0:  # cpython: 714
            # The exponential distribution with mean beta.
            return -_log(1.0 - random()) * beta  # cpython: 716
        else:  # cpython: 718
            # alpha below 1: the ALGORITHM GS of Statistical Computing, Kennedy & Gentle.
            while True:  # cpython: 721
                u = random()  # cpython: 722
                b = (_e + alpha) / _e  # cpython: 723
                p = b * u  # cpython: 724
                if p <= 1.0:  # cpython: 725
                    x = p ** (1.0 / alpha)  # cpython: 726
                else:  # cpython: 727
                    x = -_log((b - p) / alpha)  # cpython: 728
                u1 = random()  # cpython: 729
                if p > 1.0:  # cpython: 730
                    if u1 <= x ** (alpha - 1.0):  # cpython: 731
                        break  # cpython: 732
                elif u1 <= _exp(-x):  # cpython: 733
                    break  # cpython: 734
            return x * beta  # cpython: 735

    def betavariate(self, alpha, beta):  # cpython: 737
        y = self.gammavariate(alpha, 1.0)  # cpython: 759
        if y:  # cpython: 760
            return y / (y + self.gammavariate(beta, 1.0))  # cpython: 761
        return 0.0  # cpython: 762

    def paretovariate(self, alpha):  # cpython: 764
        u = 1.0 - self.random()  # cpython: 768
        return u ** (-1.0 / alpha)  # cpython: 769

    def weibullvariate(self, alpha, beta):  # cpython: 771
        u = 1.0 - self.random()  # cpython: 779
        return alpha * (-_log(u)) ** (1.0 / beta)  # cpython: 780


class SystemRandom(Random):

    def random(self):  # cpython: 796
        return (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF  # cpython: 798

    def getrandbits(self, k):  # cpython: 800
        if k < 0:  # cpython: 802
            raise ValueError('number of bits must be non-negative')  # cpython: 803
        numbytes = (k + 7) // 8  # cpython: 804
        x = int.from_bytes(_urandom(numbytes))  # cpython: 805
        return x >> (numbytes * 8 - k)  # cpython: 806

    def randbytes(self, n):  # cpython: 808
        return _urandom(n)  # cpython: 812

    def seed(self, *args, **kwds):  # cpython: 814
        return None  # cpython: 816

    def _notimplemented(self, *args, **kwds):  # cpython: 818
        raise NotImplementedError('System entropy source does not have state.')  # cpython: 820

    getstate = setstate = _notimplemented


# One instance, whose bound methods are the module's functions.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
