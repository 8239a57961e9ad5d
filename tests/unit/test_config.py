"""The configuration: where it is found, what each key accepts, and located errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import (
    CONFIG_FILE,
    Author,
    Config,
    ConfigError,
    find_config,
    load_config,
    with_flags,
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_key_is_read_with_its_type(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        CONFIG_FILE,
        """
package = "acme"
distribution = "acme-sdk"
version = "2.1.0b1"
description = "Acme's SDK"
license = "apache-2.0"
authors = [{name = "Acme", email = "sdk@acme.example"}]
urls = {Homepage = "https://acme.example", Docs = "https://docs.acme.example"}
classifiers = ["Typing :: Typed"]
env-prefix = "ACME"
client-class = "Acme"
async-client-class = "AsyncAcme"
timeout = 30
max-retries = 0
""",
    )
    config = load_config(path)
    assert config.package == "acme"
    assert config.distribution == "acme-sdk"
    assert config.version == "2.1.0b1"
    assert config.license == "Apache-2.0"  # canonical SPDX
    assert config.authors == (Author("Acme", "sdk@acme.example"),)
    assert config.urls == (
        ("Docs", "https://docs.acme.example"),
        ("Homepage", "https://acme.example"),
    )
    assert config.classifiers == ("Typing :: Typed",)
    assert (config.env_prefix, config.client_class, config.async_client_class) == (
        "ACME",
        "Acme",
        "AsyncAcme",
    )
    assert (config.timeout, config.max_retries) == (30.0, 0)


def test_pagination_declarations_are_read_per_operation(tmp_path: Path) -> None:
    text = """
[pagination]
"GET /legacy" = false

[pagination."GET /things"]
style = "page"
parameter = "p"
first-page = 0
"""
    config = load_config(write(tmp_path, CONFIG_FILE, text))
    assert config.pagination == (
        ("GET /legacy", False),
        ("GET /things", {"style": "page", "parameter": "p", "first-page": 0}),
    )
    assert config.where("pagination.GET /things").line == 5


def test_found_beside_the_spec_or_in_its_pyproject(tmp_path: Path) -> None:
    spec = write(tmp_path, "openapi.yaml", "")
    assert find_config(spec) is None
    pyproject = write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config(spec) is None  # a pyproject.toml without our table is not ours
    pyproject.write_text('[tool.openapi-python-sdk]\npackage = "acme"\n')
    assert find_config(spec) == pyproject
    assert load_config(pyproject).package == "acme"
    own = write(tmp_path, CONFIG_FILE, 'package = "other"\n')
    assert find_config(spec) == own  # the dedicated file wins
    explicit = write(tmp_path, "elsewhere.toml", 'package = "third"\n')
    assert find_config(spec, explicit) == explicit


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('package = "acme"\npackges = "x"\n', 2, "unknown key 'packges' (known keys: package,"),
        ('timeout = "fast"\n', 1, "timeout must be a number of seconds above 0, not 'fast'"),
        ("max-retries = -1\n", 1, "max-retries must be a whole number, 0 or more, not -1"),
        ('\n\npackage = "json"\n', 3, "package cannot be 'json': it would shadow a module"),
        ('version = "beta"\n', 1, "version must be a PEP 440 version"),
        ('license = "MIT or else"\n', 1, "license must be an SPDX license expression"),
        ('client-class = "class"\n', 1, "client-class cannot be 'class': it is not a Python class"),
        ('authors = [{nick = "x"}]\n', 1, "authors must be a list of tables with string `name`"),
        (
            '\n[pagination."GET /things"]\nstyle = "page"\nspeed = 1\n',
            4,
            "pagination.GET /things.speed is not a known key (style, parameter,",
        ),
        (
            '[pagination."GET /things"]\nfirst-page = "one"\n',
            2,
            "pagination.GET /things.first-page must be a whole number, not 'one'",
        ),
        ('[pagination]\n"things" = false\n', 2, "pagination.things must name an operation"),
    ],
)
def test_bad_keys_are_located_errors(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = write(tmp_path, CONFIG_FILE, text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert raised.value.exit_code == 2
    assert message in raised.value.message
    assert raised.value.location is not None
    assert (raised.value.location.file, raised.value.location.line) == (str(path), line)


def test_keys_of_a_pyproject_table_are_located_in_it(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "pyproject.toml",
        '[project]\ntimeout = "not ours"\n\n[tool.openapi-python-sdk]\ntimeout = "slow"\n',
    )
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert raised.value.location is not None and raised.value.location.line == 5


def test_invalid_toml_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, CONFIG_FILE, 'package = "a"\npackage = \n')
    with pytest.raises(ConfigError, match="not valid TOML") as raised:
        load_config(path)
    assert raised.value.location is not None and raised.value.location.line == 2


def test_flags_override_the_file_and_are_checked_the_same_way(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, CONFIG_FILE, 'package = "acme"\nversion = "1.0.0"\n'))
    merged = with_flags(config, package="acme_two", version=None)
    assert (merged.package, merged.version) == ("acme_two", "1.0.0")
    with pytest.raises(ConfigError, match=r"^--package cannot be 'a-b': it is not a Python"):
        with_flags(Config(), package="a-b")
    with pytest.raises(ConfigError, match=r"^--sdk-version must be a PEP 440 version"):
        with_flags(Config(), version="latest")
