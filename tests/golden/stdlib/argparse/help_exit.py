# args: --help
# parse_args() on the real command line meets --help: the help goes to stdout, exit code 0.
import argparse
import asyncio


async def serve(ns):
    print("never reached", ns)


parser = argparse.ArgumentParser(
    prog="serve",
    description="Serve static files over HTTP from a directory, with optional directory "
                "listings and caching headers.",
    epilog="Report bugs to the issue tracker.",
    formatter_class=lambda prog: argparse.ArgumentDefaultsHelpFormatter(prog, width=78),
)
parser.add_argument("root", nargs="?", default=".", help="directory to serve")
parser.add_argument("-p", "--port", type=int, default=8000, help="TCP port")
parser.add_argument("-b", "--bind", default="127.0.0.1", metavar="ADDR", help="address to bind")
parser.add_argument("--listing", action=argparse.BooleanOptionalAction, default=True,
                    help="show directory listings")
parser.add_argument("--max-age", type=int, default=3600, help="Cache-Control max-age seconds")
tls = parser.add_argument_group("TLS", "Serve over HTTPS when both are given.")
tls.add_argument("--cert", metavar="PEM")
tls.add_argument("--key", metavar="PEM")
print("before parsing")
ns = parser.parse_args()
asyncio.run(serve(ns))
print("not printed either")
