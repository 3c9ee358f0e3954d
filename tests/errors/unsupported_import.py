# expect: 2:8: 'import json' is not supported by aiocc
import json
