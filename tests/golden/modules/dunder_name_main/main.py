# A module's `if __name__ == "__main__":` block does not run when it is imported; the main
# script's own guard does, and __name__ is "__main__" there and the module name in the module.
import tool

print("main: __name__ =", __name__)
print("tool.__name__ =", tool.__name__)
print("tool.where() =", tool.where())


def main():
    print("main() called")
    print(tool.run(3))


if __name__ == "__main__":
    main()
else:
    print("not reached")
