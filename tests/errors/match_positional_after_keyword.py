match 1:
    case C(x=1, 2):
        pass
