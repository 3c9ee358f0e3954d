def where():
    return __name__


def run(n):
    return [i * i for i in range(n)]


print("tool imported as", __name__)

if __name__ == "__main__":
    print("tool run as a script: must not appear")
    run(10)
