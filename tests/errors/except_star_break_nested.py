async def f():
    while True:
        try:
            pass
        except* ValueError:
            try:
                pass
            except KeyError:
                break
