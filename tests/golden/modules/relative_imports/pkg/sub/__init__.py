print("pkg.sub init, package", __package__)
from .. import sibling as sib
SUB_X = sib.x.upper()
