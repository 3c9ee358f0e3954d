"""hashlib module - A common interface to many hash functions.

aiocc's hashlib: the hash objects are OpenSSL's EVP digests (runtime/src/modules/hashlib.cpp),
as CPython's _hashlib; new() looks names up as CPython's does, with the same errors.
"""

from _aiocc import hash_new as _hash_new, hash_available as _hash_available
from _aiocc import pbkdf2_hmac as _pbkdf2_hmac, blake2_type as _blake2_type

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')


algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac', 'file_digest')


__block_openssl_constructor = {
    'blake2b', 'blake2s',
}


class UnsupportedDigestmodError(ValueError):  # cpython: builtin
    __module__ = '_hashlib'


def _openssl_new(name, data=b'', *, usedforsecurity=True):  # cpython: builtin
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    h = _hash_new(name.lower(), data)
    if h is None:
        raise UnsupportedDigestmodError("[digital envelope routines] unsupported")
    return h


class _hashlib:  # cpython: builtin
    # CPython's C module of OpenSSL's hashes, as __hash_new calls it.
    new = staticmethod(_openssl_new)


# _blake2's types (hash objects of OpenSSL's BLAKE2 with the default parameters).
blake2b = _blake2_type('blake2b')
blake2s = _blake2_type('blake2s')


def __get_builtin_constructor(name):
    if name in {'blake2b', 'BLAKE2b'}:
        return blake2b
    if name in {'blake2s', 'BLAKE2s'}:
        return blake2s
    raise ValueError('unsupported hash type ' + name)


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if name in __block_openssl_constructor:
        # Prefer our builtin blake2 implementation.
        return __get_builtin_constructor(name)(data, **kwargs)
    try:
        return _hashlib.new(name, data, **kwargs)
    except ValueError:
        # If the _hashlib module (OpenSSL) doesn't support the named
        # hash, try using our builtin implementations.
        # This allows for SHA224/256 and SHA384/512 support even though
        # the OpenSSL library prior to 0.9.8 doesn't provide them.
        return __get_builtin_constructor(name)(data)


new = __hash_new
algorithms_available = algorithms_available.union(_hash_available())


def openssl_md5(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('md5', string)
md5 = openssl_md5

def openssl_sha1(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('sha1', string)
sha1 = openssl_sha1

def openssl_sha224(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('sha224', string)
sha224 = openssl_sha224

def openssl_sha256(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('sha256', string)
sha256 = openssl_sha256

def openssl_sha384(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('sha384', string)
sha384 = openssl_sha384

def openssl_sha512(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('sha512', string)
sha512 = openssl_sha512

def openssl_sha3_224(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('sha3_224', string)
sha3_224 = openssl_sha3_224

def openssl_sha3_256(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('sha3_256', string)
sha3_256 = openssl_sha3_256

def openssl_sha3_384(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('sha3_384', string)
sha3_384 = openssl_sha3_384

def openssl_sha3_512(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('sha3_512', string)
sha3_512 = openssl_sha3_512

def openssl_shake_128(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('shake_128', string)
shake_128 = openssl_shake_128

def openssl_shake_256(string=b'', *, usedforsecurity=True):  # cpython: builtin
    return _hash_new('shake_256', string)
shake_256 = openssl_shake_256


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):  # cpython: builtin
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                        % type(hash_name).__name__)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations > 2147483647:
        raise OverflowError("iteration value is too great.")
    if dklen is None:
        h = _hash_new(hash_name.lower(), None)
        if h is None:
            raise UnsupportedDigestmodError("[digital envelope routines] unsupported")
        dklen = h.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    if dklen > 2147483647:
        raise OverflowError("key length is too great.")
    return _pbkdf2_hmac(hash_name.lower(), password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    It accepts file objects from open(), io.BytesIO(), and SocketIO objects.
    The function may bypass Python's I/O and use the file descriptor *fileno*
    directly.

    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
    """
    # On Linux we could use AF_ALG sockets and sendfile() to archive zero-copy
    # hashing with hardware acceleration.
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()

    if hasattr(fileobj, "getbuffer"):
        # io.BytesIO object, use zero-copy buffer
        digestobj.update(fileobj.getvalue())  # aiocc: no memoryview; the same bytes
        return digestobj

    # Only binary files implement readinto().
    if not (
        hasattr(fileobj, "readinto")
        and hasattr(fileobj, "readable")
        and fileobj.readable()
    ):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode."
        )

    # binary file, socket.SocketIO object
    # Note: socket I/O uses different syscalls than file I/O.
    buf = bytearray(_bufsize)  # Reusable buffer to reduce allocations.
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break  # EOF
        digestobj.update(buf[:size])

    return digestobj
