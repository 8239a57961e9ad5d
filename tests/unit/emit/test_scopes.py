"""Names a generated class binds (methods, child resources, model fields) never change what its
annotations mean (issue 11: `list` methods, `models`/`functools` children, `str` fields)."""

from __future__ import annotations

from pathlib import Path

from support.generated import generate_sdk

from generator.emit.scopes import roots, scope


def test_roots_are_the_names_an_expression_reads() -> None:
    expression = 'typing.Annotated[list[models.Pet] | None, pydantic.Tag("list")] | str'
    assert roots([expression]) == {"typing", "list", "models", "pydantic", "str"}
    assert roots(["f(key=value)"]) == {"f", "value"}


def test_only_names_both_bound_and_read_are_respelled() -> None:
    module = scope(
        bound={"list", "models", "get"},
        read={"list", "models", "str", "typing"},
        imported={"models", "typing"},
    )
    assert module.spell("list[models.Pet] | str | typing.Any") == (
        "builtins.list[_models.Pet] | str | typing.Any"
    )
    assert module.aliases == {"models": "_models"}
    assert module.needs_builtins
    # attribute names, keyword arguments and strings are not names the expression reads
    assert module.spell('x.list(list=1, s="list")') == 'x.list(list=1, s="list")'


def test_a_class_binding_builtins_too_gets_it_under_an_alias() -> None:
    module = scope(bound={"list", "builtins"}, read={"list"}, imported=())
    assert module.spell("list[int]") == "_builtins.list[int]"
    assert module.aliases == {"builtins": "_builtins"}


def test_nothing_changes_when_nothing_is_hidden() -> None:
    module = scope(bound={"get", "create"}, read={"list", "typing"}, imported={"typing"})
    assert module.spell("list[typing.Any]") == "list[typing.Any]"
    assert not module.aliases and not module.needs_builtins


_SHADOWS = """
openapi: 3.0.3
info: {title: Shadows, version: "1"}
paths:
  /things:
    get:
      parameters:
        - {name: ids, in: query, schema: {type: array, items: {type: string}}}
        - {name: since, in: query, schema: {type: string, format: date-time}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Shape"}
  /things/{id}:
    get:
      operationId: str
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok, content: {text/plain: {schema: {type: string}}}}}
  /things/{id}/{part}:
    get:
      operationId: dict
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: part, in: path, required: true, schema: {type: string}}
        - {name: tags, in: query, schema: {type: array, items: {type: string}}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: object, additionalProperties: {type: integer}}}}
"""
_CHILDREN = [
    "models",
    "params",
    "functools",
    "typing",
    "builtins",
    "pydantic",
    "datetime",
    "discriminate_by",
]
_TOP_LEVEL = ["functools", "typing", "httpx", "str", "object", "classmethod", "typing_extensions"]
_LEAF = """
    get:
      responses: {"200": {description: ok, content: {application/json: {schema: {type: string}}}}}
"""
_COMPONENTS = """
components:
  schemas:
    Thing:
      type: object
      required: [name]
      properties:
        str: {type: string}
        list: {type: array, items: {type: integer}}
        int: {type: integer}
        float: {type: number}
        bool: {type: boolean}
        builtins: {type: string}
        name: {type: string}
        tags: {type: array, items: {type: string}}
        when: {type: string, format: date-time}
      additionalProperties: {type: integer}
    Circle:
      type: object
      required: [kind]
      properties: {kind: {type: string}, str: {type: string}, list: {type: array, items: {type: string}}}
    Square:
      type: object
      required: [kind]
      properties: {kind: {type: string}, discriminate_by: {type: string}, typing: {type: string}}
    Shape:
      oneOf: [{$ref: "#/components/schemas/Circle"}, {$ref: "#/components/schemas/Square"}]
      discriminator: {propertyName: kind}
"""


def _spec() -> str:
    paths = "".join(f"  /things/{child}:{_LEAF}" for child in _CHILDREN)
    paths += "".join(f"  /{name}:{_LEAF}" for name in _TOP_LEVEL)
    return _SHADOWS + paths + _COMPONENTS


def test_members_named_like_builtins_and_modules_hide_nothing(tmp_path: Path) -> None:
    sdk = generate_sdk(_spec(), tmp_path)
    assert sdk.problems() == []
    things = sdk.root / "shadows" / "resources" / "things" / "client.py"
    text = things.read_text()
    assert "import functools as _functools" in text
    assert "from shadows.types import models as _models" in text
    assert "import builtins as _builtins" in text
    # `str` is a method of this class too
    assert "ids: _builtins.list[_builtins.str] | NotGiven = NOT_GIVEN" in text
    model = (sdk.root / "shadows" / "types" / "models" / "thing.py").read_text()
    assert "    name: _builtins.str\n" in model  # `builtins` is a field of this model
    # the members keep the names the spec gives them, and work
    probe = sdk.python(
        "from shadows import Client\n"
        "from shadows.types.models import Thing, Circle, Square\n"
        "client = Client()\n"
        f"print([type(getattr(client.things, c)).__name__ for c in {_CHILDREN!r}])\n"
        f"print([type(getattr(client, c)).__name__ for c in {_TOP_LEVEL!r}])\n"
        "print(callable(client.things.list), callable(client.things.str))\n"
        "thing = Thing.model_validate({'str': 'a', 'list': [1], 'name': 'n', 'builtins': 'b',"
        " 'extra': 2})\n"
        "print(thing.str, thing.list, thing.builtins, thing.model_extra)\n"
    )
    assert probe.returncode == 0, probe.stderr
    lines = probe.stdout.splitlines()
    assert lines[0] == str(
        [
            "ModelsClient",
            "ParamsClient",
            "FunctoolsClient",
            "TypingClient",
            "BuiltinsClient",
            "PydanticClient",
            "DatetimeClient",
            "DiscriminateByClient",
        ]
    )
    assert lines[2:] == ["True True", "a [1] b {'extra': 2}"]
