# expect: 2:18: 'enum.Flag' is not supported by aiocc
from enum import Flag
