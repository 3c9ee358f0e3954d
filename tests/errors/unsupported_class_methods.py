# expect: 2:1: 'class' is not supported by aiocc
class Worker(Exception):
    def run(self):
        pass
