"""batch as a person at a terminal and a spreadsheet sees it: progress, Ctrl-C, CSV for Excel."""

from __future__ import annotations

import csv
import io
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, Run


def in_a_terminal(args: list[str], *, interrupt_at: bytes | None = None) -> tuple[int, bytes]:
    """Run skillgap with stderr on a pseudo-terminal; optionally Ctrl-C when ``interrupt_at``."""
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "80"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "skillgap", *args],
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    seen, sent, deadline = b"", False, time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        if interrupt_at is not None and not sent and interrupt_at in seen:
            proc.send_signal(signal.SIGINT)
            sent = True
        if proc.poll() is not None and not ready:
            break
    os.close(master)
    return proc.wait(timeout=60), seen


def test_progress_shows_the_total(tmp_path: Path) -> None:
    """At a terminal, batch counts 'k/n profiles' and clears the line when done."""
    code, seen = in_a_terminal(["batch", str(ROOT / "profiles"), "--jobs", "1"])
    assert code == 0
    count = len(list((ROOT / "profiles").glob("*.yaml")))
    assert f"{count}/{count}".encode() in seen
    assert seen.endswith(b"\x1b[2Kskillgap: %d profile(s), 0 invalid\r\n" % count)


def test_ctrl_c_ends_the_progress_line_cleanly(tmp_path: Path) -> None:
    """Ctrl-C during a run: exit 130, and 'interrupted' starts on a cleared line."""
    # Enough files that the run is still going when the first count (0/3000) is drawn.
    for i in range(3000):
        (tmp_path / f"p{i}.yaml").write_text(f"name: P{i}\nskills: {{python: 3}}\n")
    code, seen = in_a_terminal(["batch", str(tmp_path), "--jobs", "1"], interrupt_at=b"/3000")
    assert code == 130
    assert seen.endswith(b"\x1b[2Kskillgap: interrupted\r\n")
    assert b"Traceback" not in seen


def test_csv_warnings_hold_the_messages_and_bom_is_optional(run: Run, tmp_path: Path) -> None:
    """The warnings column says what the warnings are; --bom starts the file for Excel."""
    profile = tmp_path / "ines.yaml"
    profile.write_text("name: Inès\nskills: {python: 3, knitting: 4}\n", encoding="utf-8")
    plain = tmp_path / "plain.csv"
    assert run("batch", profile, "-f", "csv", "-o", plain, "--jobs", "1").exit_code == 0
    raw = plain.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    row = next(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert row["name"] == "Inès"
    assert "knitting" in row["warnings"]
    excel = tmp_path / "excel.csv"
    assert run("batch", profile, "-o", excel, "--bom", "--jobs", "1").exit_code == 0
    assert excel.read_bytes() == b"\xef\xbb\xbf" + raw


def test_bom_is_for_csv_only(run: Run, tmp_path: Path) -> None:
    """--bom with JSONL is a usage error."""
    result = run("batch", ROOT / "profiles", "--bom")
    assert result.exit_code == 2
    assert "--bom is for CSV output" in result.stderr


@pytest.mark.parametrize("columns", ["60", "120"])
def test_piped_output_honours_columns(columns: str) -> None:
    """Piped terminal output is COLUMNS wide when COLUMNS is set."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": columns, "NO_COLOR": "1"}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "skillgap",
            "assess",
            str(ROOT / "profiles" / "student.yaml"),
            "--start-date",
            "2026-12-01",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    widest = max(len(line) for line in out.splitlines())
    assert widest <= int(columns)
    assert widest >= int(columns) - 10


@pytest.mark.parametrize("command", ["assess", "match", "plan"])
def test_80_columns_wrap_at_word_boundaries(command: str) -> None:
    """At 80 columns no word is split across lines: no '(intermediate' + ')', no 'Hyperparamete'."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "80", "NO_COLOR": "1"}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "skillgap",
            command,
            str(ROOT / "profiles" / "student.yaml"),
            "--start-date",
            "2026-12-01",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "Hyperparamete\n" not in out
    assert "(intermediate\n" not in out
    words = set(out.split())
    for split in ("Hyperparamete", "machine-learn", "(intermediate", "r"):
        assert split not in words, split
