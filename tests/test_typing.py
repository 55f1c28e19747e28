"""The facade's types as a user's type checker sees them: tests/typing/ under mypy --strict and
pyright in strict mode (revealed types with assert_type, misspellings as errors)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPING = ROOT / "tests" / "typing"
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_mypy_strict_sees_the_facade_types(tmp_path: Path) -> None:
    result = _run(
        str(BIN / "mypy"),
        "--strict",
        "--warn-unused-ignores",
        "--no-incremental",
        "--cache-dir",
        str(tmp_path / "cache"),
        "--config-file",
        "/dev/null",
        str(TYPING / "check_facade.py"),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyright_strict_sees_the_facade_types() -> None:
    result = _run(
        str(BIN / "pyright"), "--pythonpath", sys.executable, "-p", str(TYPING / "pyrightconfig.json")
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout
