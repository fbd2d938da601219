"""Make the README's pictures: the terminal report (SVG) and the HTML report (PNG).

Run from the repository, in the venv skillgap is installed in::

    python docs/make_images.py

The terminal picture is ``skillgap assess profiles/student.yaml`` at 100 columns, in colour,
drawn by rich (``Console(record=True)``, ``save_svg``). The HTML picture is Chromium's
headless screenshot (Debian's ``chromium``) of the top of the same report written with
``-o student.html``; without Chromium it is left as it is. Dates are fixed (``--as-of``,
``--start-date``), so the same code gives the same pictures.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.text import Text

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "images"
PROFILE = "profiles/student.yaml"
DATES = ["--as-of", "2026-12-07", "--start-date", "2026-12-07"]
WIDTH = 100
#: The HTML screenshot: a desktop browser's width, tall enough for the summary and the bars.
WINDOW = "900,1400"
#: Each picture stays small enough for a README.
MAX_BYTES = 300_000


def skillgap(*args: str, color: bool = False) -> str:
    """What ``skillgap ARGS`` prints on stdout, run from the repository."""
    env = {**os.environ, "COLUMNS": str(WIDTH)}
    env.pop("NO_COLOR", None)
    if color:
        env["FORCE_COLOR"] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "skillgap", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def terminal_svg(path: Path) -> None:
    """The terminal report, in colour, as rich draws it into an SVG."""
    report = skillgap("assess", PROFILE, *DATES, color=True)
    console = Console(record=True, width=WIDTH, file=io.StringIO(), color_system="standard")
    console.print(Text.from_ansi(report), end="", soft_wrap=True)
    console.save_svg(str(path), title=f"skillgap assess {PROFILE}")


def html_png(path: Path) -> bool:
    """The top of the HTML report as Chromium shows it; False when there is no Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "student.html"
        skillgap("assess", PROFILE, *DATES, "-o", str(page))
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                f"--user-data-dir={Path(tmp) / 'profile'}",
                f"--window-size={WINDOW}",
                f"--screenshot={path}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
        )
    return True


def main() -> int:
    """Write both pictures into docs/images/ and say how big each is."""
    IMAGES.mkdir(exist_ok=True)
    made = [IMAGES / "assess-terminal.svg"]
    terminal_svg(made[0])
    if html_png(IMAGES / "assess-html.png"):
        made.append(IMAGES / "assess-html.png")
    else:
        print("no chromium: docs/images/assess-html.png left as it was", file=sys.stderr)
    for picture in made:
        size = picture.stat().st_size
        print(f"{picture.relative_to(ROOT)}: {size:,} bytes")
        if size > MAX_BYTES:
            print(f"  over {MAX_BYTES:,} bytes: too big for the README", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
