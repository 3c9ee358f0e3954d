"""The errors of files as CPython's C io module words them: invalid modes, closed files,
operations a mode does not allow, wrong argument types, in text, binary and memory streams."""
import io
import os
import shutil

SCRATCH = "_scratch_file_errors"
shutil.rmtree(SCRATCH, ignore_errors=True)
os.mkdir(SCRATCH)
os.chdir(SCRATCH)


def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


try:
    for m in ('', 'b', '+', 'rw', 'r+w', 'rr', 'wa', 'U', 'rbt'):
        t('mode '+repr(m), lambda: open('z.txt', m))
    f=open('z.txt','w'); t('w.read', f.read); t('w.readline', f.readline); t('w.readlines', f.readlines); t('iter', lambda: next(f)); f.close()
    f=open('z.txt','r'); t('r.write', lambda: f.write('x')); t('r.writelines', lambda: f.writelines(['x'])); t('r.truncate', lambda: f.truncate()); f.close()
    for op in ('read','readline','readlines','tell','fileno','isatty','readable','writable','seekable','flush','truncate','__iter__','__next__','__enter__'):
        t('closed text '+op, getattr(f, op))
    t('closed seek', lambda: f.seek(0)); t('closed write', lambda: f.write('x'))
    g=open('z.txt','rb'); g.close()
    for op in ('read','readline','readlines','tell','fileno','isatty','readable','writable','seekable','flush','__next__','__enter__', 'peek', 'read1'):
        t('closed bin '+op, getattr(g, op))
    g=open('z.txt','wb'); g.close(); t('closed wb write', lambda: g.write(b'x')); t('closed wb flush', g.flush)
    g=open('z.txt','wb'); t('wb write str', lambda: g.write('x')); t('wb write int', lambda: g.write(3)); t('wb read', g.read); g.close()
    g=open('z.txt','w'); t('w write int', lambda: g.write(3)); t('w write None', lambda: g.write(None)); g.close()
    s=io.StringIO(); s.close(); t('sio closed write', lambda: s.write('x')); t('sio closed getvalue', s.getvalue); t('sio closed read', s.read)
    s=io.StringIO(); t('sio bytes', lambda: s.write(b'x')); t('sio init', lambda: io.StringIO(3))
    b=io.BytesIO(); b.close(); t('bio closed write', lambda: b.write(b'x')); t('bio getvalue', b.getvalue); t('bio read', b.read)
    b=io.BytesIO(); t('bio str', lambda: b.write('x'));
    t('open int', lambda: open(3.5)); t('open neg buffering text 0', lambda: open('z.txt','w',buffering=0))
    t('bad newline', lambda: open('z.txt', newline='x')); t('bad errors', lambda: open('z.txt', errors=3)); t('bad enc type', lambda: open('z.txt', encoding=3))
    print(io.StringIO, io.TextIOWrapper, io.open, open, io.UnsupportedOperation, io.FileIO, io.BytesIO)
    f=open('z.txt'); print(repr(f.buffer), repr(f.buffer.raw)); f.close(); print(repr(f.buffer.raw))
    f=open('z.txt', 'w+b'); print(f); f.close()
    f=open('z.txt', 'r+'); print(f); f.close()
    f=open('z.txt', 'ab'); print(f); f.close()
    f=open('z.txt', 'wb', buffering=0); print(f); f.close()
    import os; os.remove('z.txt')
finally:
    os.chdir("..")
    shutil.rmtree(SCRATCH)
