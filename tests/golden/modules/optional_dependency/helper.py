print("helper imported")
NAME = "pure helper"
