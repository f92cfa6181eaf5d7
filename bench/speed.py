"""Wall time of `factcheck check` on the seed page against merely importing its dependencies.

Goal (issue 2): the whole check costs at most 1.2 times importing the tool's dependencies, written in the
design card as `import click, requests, bs4, rich, rapidfuzz`. bs4 is not a dependency (extract/ parses
with lxml.etree; README, "lxml"), so the baseline imports lxml.etree in its place: `import bs4` failed at
once in an environment without it, and the baseline timed click and requests and a traceback. A command
that fails now stops the benchmark instead of being timed.
Each figure is the median of N fresh processes. Run: python bench/speed.py [-n 15]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "fixtures" / "kursk.html"
IMPORTS = "import click, requests, lxml.etree, rich, rapidfuzz"


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def median_time(cmd: list[str], runs: int) -> float:
    """Median wall time of ``cmd`` over ``runs`` fresh processes (after one warm-up).

    Bytecode is written and used, as in any installed package (pip compiles it at install time);
    a shell that sets PYTHONDONTWRITEBYTECODE would otherwise measure Python compiling our sources.
    """
    warm = subprocess.run(cmd, capture_output=True, env=ENV)
    if warm.returncode not in (0, 1):  # `factcheck check` exits 1 when it reports findings
        raise SystemExit(f"{' '.join(cmd)} failed ({warm.returncode}): {warm.stderr.decode(errors='replace')[-300:]}")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=15)
    args = parser.parse_args()
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = partial(Quiet, directory=str(PAGE.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{PAGE.name}"
    py = sys.executable
    rows = [
        ("python -c 'pass'", [py, "-c", "pass"]),
        (f"python -c '{IMPORTS}'", [py, "-c", IMPORTS]),
        ("factcheck --version", [py, "-m", "factcheck", "--version"]),
        ("factcheck check fixtures/kursk.html", [py, "-m", "factcheck", "check", str(PAGE), "--format", "json"]),
        ("factcheck check <loopback URL>", [py, "-m", "factcheck", "check", url, "--format", "json"]),
    ]
    results = {name: median_time(cmd, args.n) for name, cmd in rows}
    server.shutdown()
    base = results[f"python -c '{IMPORTS}'"]
    width = max(map(len, results))
    print(f"{'command':<{width}} {'median s':>9} {'x imports':>10}")
    for name, seconds in results.items():
        print(f"{name:<{width}} {seconds:>9.3f} {seconds / base:>10.2f}")


if __name__ == "__main__":
    main()
