"""Command line: `generate SPEC --out DIR`, `check SPEC --out DIR`, `diff OLD_SPEC NEW_SPEC` and
`changelog OLD_SPEC NEW_SPEC --out DIR`, installed as `openapi-python-sdk`."""

from __future__ import annotations

import argparse
import contextlib
import difflib
import gc
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .config import Config, find_config, load_config, with_flags
from .diff import changelog
from .diff.report import diff_specs, render_report, write_report
from .emit.format import default_cache_dir, formatter_version
from .errors import GeneratorError, SpecError, UsageError
from .model.api import Warning
from .output.custom import carry_over
from .output.folder import OutputFolder
from .output.verify import check_custom_code, find_custom_code
from .output.write import read_manifest, with_manifest, write_output
from .pipeline import Generated, generate, summary
from .progress import Progress

DISTRIBUTION = "openapi-python-sdk-generator"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message}\n\n{self.format_usage()}")


def program_name(argv0: str) -> str:
    """The command as it was invoked: `openapi-python-sdk`, or `python -m generator`."""
    name = os.path.basename(argv0)
    if not name or name in ("__main__.py", "-c", "-m"):
        return "python -m generator"
    return name


def tool_version() -> str:
    try:
        own = version(DISTRIBUTION)
    except PackageNotFoundError:
        own = "(not installed)"
    return f"{own} ({formatter_version()})"


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = _Parser(
        prog=prog,
        description="Generate a typed Python SDK and its reference docs from an OpenAPI 3.0/3.1 spec.",
    )
    parser.add_argument("--version", action="version", version=f"{prog} {tool_version()}")
    parser.add_argument("--debug", action="store_true", help="show Python tracebacks for errors")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    generate_cmd = commands.add_parser("generate", help="write the SDK for SPEC into --out")
    check_cmd = commands.add_parser(
        "check", help="fail (exit 1, with a diff) if --out is not what generate would write"
    )
    diff_cmd = commands.add_parser(
        "diff", help="report (markdown) how NEW_SPEC changes the SDK of OLD_SPEC for its callers"
    )
    changelog_cmd = commands.add_parser(
        "changelog", help="prepend that report as an entry to --out/CHANGELOG.md"
    )
    for command in (generate_cmd, check_cmd):
        command.add_argument("spec", type=Path, help="the OpenAPI document (YAML or JSON)")
        command.add_argument("--out", type=Path, required=True, help="the SDK project folder")
    for command in (diff_cmd, changelog_cmd):
        command.add_argument("old_spec", type=Path, help="the spec the SDK was generated from")
        command.add_argument("new_spec", type=Path, help="the spec it is regenerated from")
    for command in (generate_cmd, check_cmd, diff_cmd, changelog_cmd):
        command.add_argument(
            "--config",
            type=Path,
            help="the configuration file (default: openapi-python-sdk.toml, else a pyproject.toml "
            "with [tool.openapi-python-sdk], beside the spec)",
        )
        command.add_argument(
            "--package", help="the import name of the SDK (default: from the spec's title)"
        )
        command.add_argument(
            "--spec-root",
            type=Path,
            help="the folder $refs may read files from (default: the spec's own folder)",
        )
    for command in (generate_cmd, check_cmd):
        command.add_argument("--distribution", help="the SDK's distribution (pip) name")
        command.add_argument("--sdk-version", help="the SDK's version (PEP 440)")
        command.add_argument(
            "--strict",
            action="store_true",
            help="fail, writing nothing, if the spec needed any warning",
        )
        command.add_argument(
            "--quiet", action="store_true", help="print only the summary (no stage times)"
        )
    generate_cmd.add_argument(
        "--force", action="store_true", help="write into a non-empty folder not written by us"
    )
    for command in (diff_cmd, changelog_cmd):
        command.add_argument(
            "--old-config",
            type=Path,
            help="the configuration OLD_SPEC was generated with (default: the same as NEW_SPEC's)",
        )
    diff_cmd.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 if any change is breaking"
    )
    diff_cmd.add_argument("--output", type=Path, help="write the report here, not to stdout")
    changelog_cmd.add_argument("--out", type=Path, required=True, help="the SDK project folder")
    changelog_cmd.add_argument("--date", help="the entry's date, YYYY-MM-DD (default: none)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; `argv` None: the program's own arguments, the process ending after."""
    try:
        with _collecting_less():
            return _run(list(sys.argv[1:] if argv is None else argv))
    finally:
        if argv is None:
            # What is left is freed when the process ends, not traversed by the collector at
            # shutdown (a tenth of a second after a large spec).
            gc.freeze()


def _run(arguments: list[str]) -> int:
    debug = "--debug" in arguments
    try:
        options = _parser(program_name(sys.argv[0] if sys.argv else "")).parse_args(arguments)
        config = _config(options)
        if options.command == "generate":
            return _generate(options, config)
        if options.command == "diff":
            return _diff(options, config)
        if options.command == "changelog":
            return _changelog(options, config)
        return _check(options, config)
    except GeneratorError as error:
        if debug:
            traceback.print_exc()
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code


# Allocations between two collections of the youngest objects while a command runs (Python's
# default: 700).
_ALLOCATIONS_PER_COLLECTION = 20_000


@contextlib.contextmanager
def _collecting_less() -> Iterator[None]:
    """Python's cyclic garbage collector run less often while a command works: a large spec
    makes millions of objects that live to the end, and collecting every 700 allocations (the
    older generations, every live object, every tenth and hundredth time) costs a fifth of a
    regeneration. Garbage is collected all the same, in larger batches."""
    before = gc.get_threshold()
    gc.set_threshold(_ALLOCATIONS_PER_COLLECTION, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _config(options: argparse.Namespace) -> Config:
    """The configuration with the flags over it; the flags are checked before any file is read."""
    flags = {
        "package": options.package,
        "distribution": getattr(options, "distribution", None),
        "version": getattr(options, "sdk_version", None),
    }
    with_flags(Config(), **flags)  # a bad flag is refused before anything is read
    spec = options.spec if hasattr(options, "spec") else options.new_spec
    return with_flags(load_config(find_config(spec, options.config)), **flags)


def _progress(options: argparse.Namespace) -> Progress:
    shown = not options.quiet and sys.stderr.isatty()
    return Progress(sys.stderr if shown else None)


def _strict(options: argparse.Namespace, generated: Generated) -> None:
    if options.strict and generated.api.warnings:
        listed = "\n  ".join(f"{w.pointer}: {w.message}" for w in generated.api.warnings)
        raise SpecError(
            f"{len(generated.api.warnings)} warning(s), and --strict turns them into errors; "
            f"nothing was written:\n  {listed}"
        )


def _generate(options: argparse.Namespace, config: Config) -> int:
    progress = _progress(options)
    generated = generate(options.spec, config, progress, options.spec_root)
    _strict(options, generated)
    found = OutputFolder(options.out)  # each file read once by both steps below
    files = carry_over(generated.files, found)
    custom = find_custom_code(files, options.out)
    problems: list[Warning] = []

    def verify(staging: Path) -> None:
        """Custom code type-checked against the SDK about to replace the old one."""
        with progress.stage("custom"):
            problems.extend(check_custom_code(staging, custom, default_cache_dir().parent / "mypy"))
        if options.strict and problems:
            listed = "\n  ".join(f"{w.pointer}: {w.message}" for w in problems)
            raise SpecError(
                f"custom code breaks against the regenerated SDK (--strict); nothing was "
                f"written:\n  {listed}"
            )

    with progress.stage("write"):
        write_output(files, found, force=options.force, before_swap=verify if custom else None)
    print(summary(generated, problems), file=sys.stderr)
    print(f"wrote {len(generated.files)} files to {options.out}", file=sys.stderr)
    return 0


def _check(options: argparse.Namespace, config: Config) -> int:
    generated = generate(options.spec, config, _progress(options), options.spec_root)
    _strict(options, generated)
    expected = with_manifest(carry_over(generated.files, options.out))
    differences = compare(expected, options.out)
    if not differences:
        print(f"{options.out} is up to date", file=sys.stderr)
        return 0
    print("\n".join(differences), file=sys.stdout)
    print(
        f"error: {options.out} is not what `generate` writes; run `make generate` to update it",
        file=sys.stderr,
    )
    return 1


def _old_config(options: argparse.Namespace, config: Config) -> Config:
    if options.old_config is None:
        return config
    return with_flags(load_config(options.old_config), package=options.package)


def _diff(options: argparse.Namespace, config: Config) -> int:
    result = diff_specs(
        options.old_spec,
        options.new_spec,
        config,
        _old_config(options, config),
        options.spec_root,
    )
    text = render_report(result)
    if options.output is None:
        print(text, end="")
    else:
        write_report(text, options.output)
        print(f"wrote the report to {options.output}", file=sys.stderr)
    if options.fail_on_breaking and result.breaking:
        print(f"error: {len(result.breaking)} breaking change(s)", file=sys.stderr)
        return 1
    return 0


def _changelog(options: argparse.Namespace, config: Config) -> int:
    date = changelog.check_date(options.date)
    result = diff_specs(
        options.old_spec,
        options.new_spec,
        config,
        _old_config(options, config),
        options.spec_root,
    )
    version = changelog.update(options.out, result, date)
    if version is None:
        print("no change and the same version: nothing to add to the changelog", file=sys.stderr)
    else:
        print(
            f"wrote the entry for {version} to {options.out / changelog.FILE_NAME}", file=sys.stderr
        )
    return 0


def compare(expected: dict[str, str], folder: Path) -> list[str]:
    """Unified diffs of every file that differs, is missing, or is extra (generated ones only)."""
    differences = []
    listed = read_manifest(folder) or set()
    actual_paths = {p for p in listed if (folder / p).is_file()} | {
        p for p in expected if (folder / p).is_file()
    }
    for path in sorted(set(expected) | actual_paths | listed):
        want = expected.get(path)
        file = folder / path
        have = file.read_text(encoding="utf-8") if file.is_file() else None
        if want == have:
            continue
        diff = difflib.unified_diff(
            (have or "").splitlines(keepends=True),
            (want or "").splitlines(keepends=True),
            fromfile=f"{path} (on disk{'' if have is not None else ': missing'})",
            tofile=f"{path} (generated{'' if want is not None else ': not generated'})",
        )
        differences.append("".join(diff))
    return differences
