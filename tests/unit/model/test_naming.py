"""Every name the generator makes: identifiers, classes, modules, packages, and the names stored
on the model (clients, accessors, paths). Spec strings are untrusted: results are safe ASCII."""

from __future__ import annotations

import keyword

import pytest

from generator.model import naming


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("lipSync", ["lip", "sync"]),
        ("lip-sync", ["lip", "sync"]),
        ("Lip Sync", ["lip", "sync"]),
        ("lip_sync", ["lip", "sync"]),
        ("HTTPServer", ["http", "server"]),
        ("v1LipSync2", ["v1", "lip", "sync2"]),
        ("Ünïcödé name", ["unicode", "name"]),
        ("日本", []),
        ("", []),
    ],
)
def test_words_split_any_spelling_into_lower_case_ascii(text: str, words: list[str]) -> None:
    assert naming.words(text) == words


@pytest.mark.parametrize(
    ("text", "snake", "pascal", "constant"),
    [
        ("lip-sync", "lip_sync", "LipSync", "LIP_SYNC"),
        ("LipSync", "lip_sync", "LipSync", "LIP_SYNC"),
        ("2fa", "n_2fa", "N2fa", "N_2FA"),
        ("class", "class_", "Class", "CLASS"),
        ("None", "none", "None_", "NONE"),
        ("__init__", "init", "Init", "INIT"),
        ("", "value", "Model", "VALUE"),
        ("日本", "value", "Model", "VALUE"),
    ],
)
def test_snake_pascal_and_constant(text: str, snake: str, pascal: str, constant: str) -> None:
    assert naming.snake(text) == snake
    assert naming.pascal(text) == pascal
    assert naming.constant(text) == constant


def test_fallbacks_are_used_for_text_without_words() -> None:
    assert naming.snake("!!!", fallback="field") == "field"
    assert naming.pascal("", fallback="Option1") == "Option1"
    assert naming.constant("", fallback="SERVER_1") == "SERVER_1"


@pytest.mark.parametrize("word", sorted(keyword.kwlist))
def test_no_name_is_a_keyword(word: str) -> None:
    for name in (naming.snake(word), naming.pascal(word), naming.module_name(word)):
        assert name.isidentifier() and not keyword.iskeyword(name), name


def test_long_names_are_cut_and_kept_apart_by_a_hash() -> None:
    long_a, long_b = "x" * 100, "x" * 99 + "y"
    assert len(naming.snake(long_a)) == naming.MAX_IDENTIFIER
    assert naming.snake(long_a) == naming.snake(long_a)  # stable
    assert naming.snake(long_a) != naming.snake(long_b)
    assert naming.snake(long_a).startswith("x" * 71 + "_")
    assert len(naming.pascal(long_a)) == naming.MAX_IDENTIFIER
    assert naming.snake("x" * naming.MAX_IDENTIFIER) == "x" * naming.MAX_IDENTIFIER


@pytest.mark.parametrize(
    ("class_name", "module"),
    [
        ("V1LipSyncCreateResponse", "v1_lip_sync_create_response"),
        ("Con", "con_type"),
        ("Aux", "aux_type"),
        ("Lpt1", "lpt1_type"),
        ("Nul_", "nul_type"),
        ("Console", "console"),
    ],
)
def test_module_names_are_never_windows_device_names(class_name: str, module: str) -> None:
    assert naming.module_name(class_name) == module


@pytest.mark.parametrize(
    ("http_method", "path", "method"),
    [
        ("GET", "/v1/pets", "list"),
        ("GET", "/v1/pets/{id}", "get"),
        ("get", "/v1/pets/{id}/", "get"),
        ("POST", "/v1/pets", "create"),
        ("PUT", "/v1/pets/{id}", "update"),
        ("PATCH", "/v1/pets/{id}", "update"),
        ("DELETE", "/v1/pets/{id}", "delete"),
        ("HEAD", "/v1/pets", "head"),
        ("OPTIONS", "/v1/pets", "options"),
        ("TRACE", "/v1/pets", "trace"),
    ],
)
def test_method_names_follow_the_verb(http_method: str, path: str, method: str) -> None:
    assert naming.method_name(http_method, path) == method


@pytest.mark.parametrize(
    ("path", "segments"),
    [
        ("/v1/lip-sync", ["v1", "lip-sync"]),
        ("/v1/video-projects/{id}", ["v1", "video-projects"]),
        ("/v1/{org}/files/{id}.json", ["v1", "files"]),
        ("/", []),
        ("/{id}", []),
        ("//a//b/", ["a", "b"]),
    ],
)
def test_resource_segments_are_the_path_without_parameters(path: str, segments: list[str]) -> None:
    assert naming.resource_segments(path) == segments


@pytest.mark.parametrize(
    ("title", "package"),
    [
        ("Magic Hour", "magic_hour"),
        ("Magic Hour API!", "magic_hour"),  # a trailing "API" is dropped
        ("Pet Store apis", "pet_store"),
        ("API", "api"),
        ("typing", "typing_sdk"),  # the standard library
        ("httpx", "httpx_sdk"),  # a dependency of the SDK
        ("pydantic-core", "pydantic_core_sdk"),
        ("class", "class_sdk"),
        ("CON", "con_sdk"),
        ("", "api_client"),
        ("!!!", "api_client"),
    ],
)
def test_package_names_shadow_nothing(title: str, package: str) -> None:
    assert naming.package_name(title) == package


def test_a_plural_acronym_is_one_word() -> None:
    assert naming.words("Pet Store APIs") == ["pet", "store", "apis"]
    assert naming.package_name("Pet Store APIs") == "pet_store"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("magic_hour", None),
        ("", "it is empty"),
        ("a.b", "it must be one plain name, not a dotted or path-like one"),
        ("../x", "it must be one plain name, not a dotted or path-like one"),
        ("a-b", "it is not a Python identifier (letters, digits and _, not starting with a digit)"),
        ("2fa", "it is not a Python identifier (letters, digits and _, not starting with a digit)"),
        ("class", "it is a Python keyword"),
        ("json", "it would shadow a module of that name (Python's own, or one the SDK imports)"),
        (
            "Pydantic",
            "it would shadow a module of that name (Python's own, or one the SDK imports)",
        ),
        ("con", "it would shadow a module of that name (Python's own, or one the SDK imports)"),
    ],
)
def test_package_problem_says_why_a_name_cannot_be_the_package(
    name: str, problem: str | None
) -> None:
    assert naming.package_problem(name) == problem


@pytest.mark.parametrize(
    ("title", "phrase"),
    [
        ("Magic Hour", "Magic Hour API"),
        ("Magic Hour API", "Magic Hour API"),
        (" Pets api ", "Pets api"),
    ],
)
def test_prose_names_the_api_once(title: str, phrase: str) -> None:
    assert naming.api_phrase(title) == phrase


def test_distribution_user_agent_and_environment_names() -> None:
    assert naming.distribution_name("magic_hour") == "magic-hour"
    assert naming.user_agent("magic-hour", "0.1.0") == "magic-hour-python/0.1.0"
    # Only visible ASCII can go in a header: a version with a line break cannot inject one.
    assert naming.user_agent("x", "1.0\nX-Injected: yes") == "x-python/1.0X-Injected:yes"
    assert naming.user_agent("x", "\n\t") == "x-python/0"
    assert naming.env_var("MAGIC_HOUR", "api_token") == "MAGIC_HOUR_API_TOKEN"


def test_the_error_base_comes_from_the_package() -> None:
    assert naming.error_base_name("magic_hour") == "MagicHourError"
    assert naming.error_base_name("") == "ApiError"


def test_names_stored_on_the_model() -> None:
    assert naming.client_names("LipSyncClient") == ("LipSyncClient", "AsyncLipSyncClient")
    assert naming.raw_response_names(("LipSyncClient", "AsyncLipSyncClient")) == (
        "LipSyncClientWithRawResponse",
        "AsyncLipSyncClientWithRawResponse",
    )
    assert naming.accessor(("v1", "lip_sync")) == "client.v1.lip_sync"
    assert naming.accessor(()) == "client"
    assert naming.resource_module("magic_hour", ("v1", "lip_sync")) == (
        "magic_hour.resources.v1.lip_sync.client"
    )
    assert naming.resource_doc_path("magic_hour", ("v1", "lip_sync")) == (
        "magic_hour/resources/v1/lip_sync/README.md"
    )
    assert naming.resource_doc_path("magic_hour", ()) == "magic_hour/resources/README.md"
    assert naming.type_path("magic_hour", "models", "pet") == "magic_hour/types/models/pet.py"
    assert naming.type_name("v1", "lip-sync", "create", "body") == "V1LipSyncCreateBody"


def test_unique_appends_counters_in_order() -> None:
    assert naming.unique(["a", "a", "A"]) == ["a", "a_2", "A"]
    assert naming.unique(["Pet", "Pet", "Pet"]) == ["Pet", "Pet2", "Pet3"]
    # A counter run into a name's own digits would read as one number: `Error4042`.
    assert naming.unique(["Error404", "Error404"]) == ["Error404", "Error404_2"]
    assert naming.unique(["x"], taken=["x", "x_2"]) == ["x_3"]
    assert naming.unique(["close"], taken=naming.RESERVED_RESOURCE_ATTRS) == ["close_2"]


def test_unique_with_fold_case_keeps_names_apart_on_case_insensitive_disks() -> None:
    assert naming.unique(["Pet", "pet", "PET"], fold_case=True) == ["Pet", "pet_2", "PET_3"]
    assert naming.unique(["pet"], taken=["Pet"], fold_case=True) == ["pet_2"]


def test_first_free_follows_the_rule_of_unique() -> None:
    assert naming.first_free("Pet", {"pet", "pet2"}) == "Pet3"
    assert naming.first_free("item", {"item"}) == "item_2"
    assert naming.first_free("New", set()) == "New"
    used = {"pet"}
    assert naming.first_free("PET", used) == naming.unique(["PET"], ["pet"], fold_case=True)[0]


def test_field_names_avoid_what_the_generated_code_uses() -> None:
    assert naming.field_name("video-source") == "video_source"
    assert naming.field_name("self", reserved=naming.RESERVED_METHOD_ARGS) == "self_"
    assert naming.field_name("typing", reserved=naming.RESERVED_METHOD_ARGS) == "typing_"
    assert naming.field_name("model_config", reserved=naming.RESERVED_MODEL_FIELDS) == (
        "model_config_"
    )
    assert naming.field_name("model_config") == "model_config"
    # the models' own helpers (runtime/models.py)
    assert naming.field_name("to_json", reserved=naming.RESERVED_MODEL_FIELDS) == "to_json_"
    assert naming.field_name("class") == "class_"
    assert naming.field_name("") == "field"


@pytest.mark.parametrize(
    ("text", "expected"), [("a_b", True), ("class", False), ("a-b", False), ("é", False)]
)
def test_is_identifier(text: str, expected: bool) -> None:
    assert naming.is_identifier(text) is expected
