"""``python -m codegen``: the whole generation, as ``make generate`` and ``make check-generated`` run it.

1. openapi-python-client (pinned) renders the endpoint modules and models from openapi.yaml, with
   our template overrides (generator-templates/) and its ruff post-hooks;
2. codegen.facade renders the facade into ``<package>/facade/`` (the resource classes, the client
   mixins, the command line) and the API listing (api.md);
3. the pinned ruff formats the facade, isolated from any ruff config around the output.

    python -m codegen --spec openapi.yaml --package-dir cloudcockpit_client/_generated --listing api.md
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml  # type: ignore[import-untyped]  # a dev tool; no stubs pinned

from . import facade, spec

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    """A tool of this interpreter's environment (the pinned one), else the one on PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def generate(
    spec_path: Path, package_dir: Path, listing_path: Path | None, *, config: Path, templates: Path
) -> None:
    """Generate the package (endpoint modules, models, facade) into ``package_dir`` from scratch."""
    if package_dir.exists():
        shutil.rmtree(package_dir)
    api = spec.load(yaml.safe_load(spec_path.read_text(encoding="utf-8")))  # refuse a bad spec first
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(spec_path),
            "--config",
            str(config),
            "--custom-template-path",
            str(templates),
            "--meta",
            "none",
            "--output-path",
            str(package_dir),
        ],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    written = []
    for relative, text in facade.render(api).items():
        target = package_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(str(target))
    ruff = _tool("ruff")
    subprocess.run(
        [
            ruff,
            "check",
            "--isolated",
            "--no-cache",
            "--fix-only",
            "--extend-select=I",
            "--quiet",
            "--line-length=110",
            *written,
        ],
        check=True,
        env=env,
    )
    subprocess.run(
        [ruff, "format", "--isolated", "--no-cache", "--quiet", "--line-length=110", *written],
        check=True,
        env=env,
    )
    if listing_path is not None:
        listing_path.write_text(facade.listing(api), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.split("\n")[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--package-dir", type=Path, default=ROOT / "cloudcockpit_client" / "_generated")
    parser.add_argument(
        "--listing", type=Path, default=None, help="where to write api.md (default: not written)"
    )
    parser.add_argument("--config", type=Path, default=ROOT / "generator-config.yaml")
    parser.add_argument("--templates", type=Path, default=ROOT / "generator-templates")
    args = parser.parse_args(argv)
    try:
        generate(args.spec, args.package_dir, args.listing, config=args.config, templates=args.templates)
    except spec.SpecError as exc:
        print(f"openapi.yaml: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
