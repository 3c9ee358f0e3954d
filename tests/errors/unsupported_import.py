# expect: 2:8: 'import tkinter' is not supported by aiocc
import tkinter
