"""Write a large, seeded, synthetic OpenAPI 3.0 document shaped like a real commerce API.

    python bench/make_spec.py OUT.yaml [--seed 8] [--resources 120] [--change] [--json]

The same seed always gives the same bytes. Every resource is a small REST family (list / create /
get / update / delete, some actions and nested sub-resources) with the schemas a real API has:
nested objects (inline and by `$ref`), string and integer enums, arrays of objects, `oneOf`
unions with a discriminator, `allOf` composition, expandable `oneOf [string, $ref]` fields,
nullable fields (`nullable: true`, and `allOf [$ref]` + `nullable`), `date-time` / `date` /
`email` / `uri` formats, maps (`additionalProperties`), a recursive schema, path / query / header
parameters (shared ones through `components/parameters`), JSON request bodies and responses,
`201`s, `204`s, error responses through `components/responses`, and a `default` error response on
some operations.

`--change` writes the same document with one operation changed: one optional query parameter
added to the first list operation (what the regeneration benchmark measures).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

import yaml

DEFAULT_SEED = 8
DEFAULT_RESOURCES = 128

_NOUNS = (
    "account", "address", "alert", "application", "attachment", "audit", "balance", "batch",
    "booking", "bundle", "campaign", "card", "cart", "catalog", "channel", "charge", "checkout",
    "comment", "contact", "contract", "coupon", "credit", "customer", "dataset", "deployment",
    "device", "discount", "dispute", "document", "domain", "event", "export", "feature", "fee",
    "file", "fulfillment", "invoice", "item", "job", "ledger", "license", "location", "mandate",
    "member", "message", "meter", "note", "offer", "order", "organization", "payment", "payout",
    "plan", "policy", "price", "product", "profile", "project", "promotion", "quote", "receipt",
    "refund", "report", "reservation", "review", "role", "rule", "schedule", "segment",
    "session", "shipment", "source", "subscription", "supplier", "task", "tax", "team", "ticket",
    "token", "transaction", "transfer", "usage", "user", "vendor", "warehouse", "webhook",
)  # fmt: skip
_QUALIFIERS = (
    "billing", "payment", "tax", "shipping", "usage", "customer", "inventory", "identity",
    "issuing", "terminal", "treasury", "reporting", "radar", "climate", "connect", "partner",
)  # fmt: skip
_WORDS = (
    "the", "a", "object", "value", "list", "field", "time", "customer", "amount", "currency",
    "status", "when", "created", "updated", "returned", "unique", "identifier", "used", "for",
    "this", "that", "is", "set", "to", "of", "in", "and", "or", "with", "by", "its", "if",
    "request", "response", "will", "be", "may", "can", "only", "each", "after", "before", "any",
    "every", "which", "other", "more", "details", "see", "documentation", "api", "account",
    "balance", "number", "string", "optional", "required", "default", "null", "expanded",
)  # fmt: skip
_STATUS_WORDS = (
    "draft", "open", "pending", "active", "paused", "processing", "succeeded", "failed",
    "canceled", "expired", "archived", "requires_action", "requires_payment_method", "void",
    "complete", "incomplete", "past_due", "trialing", "scheduled", "rejected",
)  # fmt: skip
_CURRENCIES = (
    "usd", "eur", "gbp", "jpy", "cad", "aud", "chf", "cny", "sek", "nzd", "mxn", "sgd", "hkd",
    "nok", "krw", "try", "inr", "brl", "zar", "dkk", "pln", "twd", "thb", "myr", "idr", "czk",
)  # fmt: skip
_ACTIONS = ("cancel", "finalize", "void", "approve", "reject", "refresh", "archive", "resume")
_SOURCE_KINDS = ("card", "bank_account", "wallet", "sepa_debit", "ach_credit", "paypal")

REF = "#/components/schemas/"


def pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in text.replace("-", "_").split("_"))


class Schemas(dict[str, Any]):
    """components/schemas, refusing to define a name twice (a silent overwrite would drop shapes)."""

    def __setitem__(self, key: str, value: Any) -> None:
        if key in self:
            raise ValueError(f"schema {key!r} defined twice")
        super().__setitem__(key, value)


class SpecBuilder:
    def __init__(self, seed: int, resources: int) -> None:
        self.rng = random.Random(seed)
        self.resource_count = resources
        self.schemas = Schemas()
        self.paths: dict[str, Any] = {}
        self.tags: list[dict[str, str]] = []
        self.operation_ids: set[str] = set()

    # -- text and examples -----------------------------------------------------------------

    def sentence(self, low: int = 6, high: int = 18) -> str:
        words = [self.rng.choice(_WORDS) for _ in range(self.rng.randint(low, high))]
        text = " ".join(words)
        return text[:1].upper() + text[1:] + "."

    def description(self) -> str:
        roll = self.rng.random()
        if roll < 0.55:
            return self.sentence()
        if roll < 0.85:
            return f"{self.sentence()} {self.sentence()}"
        items = "\n".join(
            f"- `{self.rng.choice(_STATUS_WORDS)}`: {self.sentence(3, 8)}" for _ in "abc"
        )
        return f"{self.sentence()}\n\n{items}\n\nSee the [guide](https://docs.example.com/guide)."

    def resource_names(self) -> list[str]:
        """Distinct resource names; no one's class name is a prefix of another's or of a shared
        schema's (`payment` + `Source` would be `payment_source`'s own class)."""
        names: list[str] = []
        taken = [*self.schemas]
        while len(names) < self.resource_count:
            noun = self.rng.choice(_NOUNS)
            name = noun if self.rng.random() < 0.45 else f"{self.rng.choice(_QUALIFIERS)}_{noun}"
            cls = pascal(name)
            if not any(cls.startswith(other) or other.startswith(cls) for other in taken):
                taken.append(cls)
                names.append(name)
        return names

    # -- shared components -----------------------------------------------------------------

    def shared_schemas(self) -> None:
        s = self.schemas
        s["Currency"] = {
            "type": "string",
            "description": "Three-letter ISO currency code, in lowercase.",
            "enum": list(_CURRENCIES),
            "example": "usd",
        }
        s["Metadata"] = {
            "type": "object",
            "description": "Set of key-value pairs you can attach to an object.",
            "additionalProperties": {"type": "string", "maxLength": 500},
        }
        s["Address"] = {
            "type": "object",
            "properties": {
                "city": {"type": "string", "nullable": True, "example": "Berlin"},
                "country": {"type": "string", "nullable": True, "example": "DE"},
                "line1": {"type": "string", "nullable": True},
                "line2": {"type": "string", "nullable": True},
                "postal_code": {"type": "string", "nullable": True, "example": "10115"},
                "state": {"type": "string", "nullable": True},
            },
        }
        s["Period"] = {
            "type": "object",
            "required": ["start", "end"],
            "properties": {
                "start": {"type": "string", "format": "date-time"},
                "end": {"type": "string", "format": "date-time"},
            },
        }
        s["Money"] = {
            "type": "object",
            "required": ["amount", "currency"],
            "properties": {
                "amount": {"type": "integer", "format": "int64", "example": 2000},
                "currency": {"$ref": REF + "Currency"},
            },
        }
        s["Link"] = {
            "type": "object",
            "required": ["href", "rel"],
            "properties": {
                "href": {"type": "string", "format": "uri"},
                "rel": {"type": "string", "enum": ["self", "next", "prev", "related"]},
                "title": {"type": "string"},
            },
        }
        s["BaseObject"] = {
            "type": "object",
            "required": ["id", "object", "created", "livemode"],
            "properties": {
                "id": {"type": "string", "description": "Unique identifier for the object."},
                "object": {"type": "string", "description": "The object's type."},
                "created": {"type": "string", "format": "date-time"},
                "livemode": {"type": "boolean"},
            },
        }
        s["EventBase"] = {
            "type": "object",
            "required": ["id", "type", "created"],
            "properties": {
                "id": {"type": "string"},
                "type": {"type": "string"},
                "created": {"type": "string", "format": "date-time"},
                "request_id": {"type": "string", "nullable": True},
                "api_version": {"type": "string", "nullable": True, "example": "2024-06-20"},
            },
        }
        s["ErrorDetail"] = {
            "type": "object",
            "required": ["code"],
            "properties": {
                "code": {"type": "string"},
                "param": {"type": "string", "nullable": True},
                "message": {"type": "string"},
            },
        }
        s["Error"] = {
            "type": "object",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["type", "message"],
                    "properties": {
                        "type": {
                            "type": "string",
                            "enum": [
                                "api_error",
                                "card_error",
                                "idempotency_error",
                                "invalid_request_error",
                            ],
                        },
                        "message": {"type": "string"},
                        "doc_url": {"type": "string", "format": "uri"},
                        "details": {"type": "array", "items": {"$ref": REF + "ErrorDetail"}},
                    },
                }
            },
        }
        s["TreeNode"] = {  # recursive, like comment threads or category trees
            "type": "object",
            "required": ["id", "children"],
            "properties": {
                "id": {"type": "string"},
                "label": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": REF + "TreeNode"}},
            },
        }

    def components(self) -> dict[str, Any]:
        def error(description: str) -> dict[str, Any]:
            return {
                "description": description,
                "content": {"application/json": {"schema": {"$ref": REF + "Error"}}},
            }

        return {
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer"},
                "apiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
            },
            "parameters": {
                "Limit": {
                    "name": "limit",
                    "in": "query",
                    "description": "How many objects to return, between 1 and 100.",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10},
                },
                "StartingAfter": {
                    "name": "starting_after",
                    "in": "query",
                    "description": "A cursor for pagination: the ID that ends the previous page.",
                    "schema": {"type": "string"},
                },
                "EndingBefore": {
                    "name": "ending_before",
                    "in": "query",
                    "schema": {"type": "string"},
                },
                "Expand": {
                    "name": "expand",
                    "in": "query",
                    "description": "Fields of the response to expand.",
                    "style": "form",
                    "explode": True,
                    "schema": {"type": "array", "items": {"type": "string"}},
                },
                "IdempotencyKey": {
                    "name": "Idempotency-Key",
                    "in": "header",
                    "description": "Makes a retried request safe: the same key gives one result.",
                    "schema": {"type": "string", "maxLength": 255},
                },
            },
            "responses": {
                "BadRequest": error("The request was unacceptable."),
                "Unauthorized": error("No valid API key provided."),
                "NotFound": error("The requested resource doesn't exist."),
                "Conflict": error("The request conflicts with another request."),
                "RateLimited": error("Too many requests hit the API too quickly."),
                "Default": error("An unexpected error."),
            },
            "schemas": dict(self.schemas),
        }

    # -- one resource's schemas ------------------------------------------------------------

    def resource_schemas(self, name: str, others: list[str]) -> dict[str, bool]:
        """Add the component schemas of one resource; return which optional parts it has."""
        rng = self.rng
        n = pascal(name)
        s = self.schemas
        has = {
            "priority": rng.random() < 0.5,
            "events": rng.random() < 0.6,
            "stats": rng.random() < 0.5,
            "deleted": rng.random() < 0.5,
            "base": rng.random() < 0.4,
            "read_only": rng.random() < 0.3,  # list and retrieve only, like an event log
        }
        statuses = rng.sample(_STATUS_WORDS, rng.randint(3, 7))
        s[f"{n}Status"] = {
            "type": "string",
            "description": f"The status of the {name.replace('_', ' ')}.",
            "enum": statuses,
        }
        if has["priority"]:
            s[f"{n}Priority"] = {
                "type": "integer",
                "description": "0 is the lowest priority, 3 the highest.",
                "enum": [0, 1, 2, 3],
            }
        s[f"{n}SettingsNotifications"] = {
            "type": "object",
            "properties": {
                "email": {"type": "string", "format": "email", "nullable": True},
                "on_failure": {"type": "boolean"},
                "on_success": {"type": "boolean"},
                "webhook_url": {"type": "string", "format": "uri", "nullable": True},
            },
        }
        s[f"{n}Settings"] = {
            "type": "object",
            "description": self.sentence(),
            "properties": {
                "auto_advance": {"type": "boolean", "description": self.sentence()},
                "days_until_due": {"type": "integer", "nullable": True, "minimum": 0},
                "locale": {"type": "string", "example": "en-US"},
                "notifications": {"$ref": REF + f"{n}SettingsNotifications"},
                "retry_schedule": {
                    "type": "array",
                    "items": {"type": "integer", "minimum": 0},
                    "description": "Days after which a failed attempt is retried.",
                },
            },
        }
        s[f"{n}LineDetails"] = {
            "type": "object",
            "properties": {
                "discount_amount": {"type": "integer"},
                "tax_rates": {"type": "array", "items": {"type": "number", "format": "double"}},
                "proration": {"type": "boolean"},
                "period": {"$ref": REF + "Period"},
            },
        }
        s[f"{n}Line"] = {
            "type": "object",
            "required": ["id", "quantity", "unit_amount"],
            "properties": {
                "id": {"type": "string"},
                "description": {"type": "string", "nullable": True, "description": self.sentence()},
                "quantity": {"type": "integer", "minimum": 0, "example": 1},
                "unit_amount": {"type": "integer", "example": 1500},
                "details": {"$ref": REF + f"{n}LineDetails"},
                "kind": {"type": "string", "enum": ["good", "service", "fee", "shipping"]},
            },
        }
        s[f"{n}LineInput"] = {
            "type": "object",
            "required": ["quantity"],
            "properties": {
                "price": {"type": "string", "description": "The ID of the price."},
                "quantity": {"type": "integer", "minimum": 1},
                "unit_amount": {"type": "integer", "nullable": True},
                "metadata": {"$ref": REF + "Metadata"},
            },
        }
        kinds = rng.sample(_SOURCE_KINDS, rng.randint(2, 3))
        mapping = {}
        for kind in kinds:
            schema_name = f"{n}Source{pascal(kind)}"
            mapping[kind] = REF + schema_name
            s[schema_name] = {
                "type": "object",
                "required": ["type", "id"],
                "properties": {
                    "type": {"type": "string", "enum": [kind]},
                    "id": {"type": "string"},
                    "fingerprint": {"type": "string", "nullable": True},
                    "last4": {"type": "string", "example": "4242"},
                    "country": {"type": "string", "nullable": True},
                    "billing_address": {"$ref": REF + "Address"},
                    "verified_at": {"type": "string", "format": "date-time", "nullable": True},
                },
            }
        s[f"{n}Source"] = {
            "oneOf": [{"$ref": ref} for ref in mapping.values()],
            "discriminator": {"propertyName": "type", "mapping": mapping},
            "description": "The payment source, by type.",
        }
        other = pascal(rng.choice(others))
        properties: dict[str, Any] = {
            "id": {"type": "string", "example": f"{name[:3]}_1Nv0FG2eZvKYlo2C"},
            "object": {"type": "string", "enum": [name]},
            "created_at": {"type": "string", "format": "date-time"},
            "updated_at": {"type": "string", "format": "date-time", "nullable": True},
            "status": {"$ref": REF + f"{n}Status"},
            "name": {"type": "string", "description": self.description()},
            "description": {"type": "string", "nullable": True, "description": self.sentence()},
            "amount": {"type": "integer", "description": "In the smallest currency unit."},
            "currency": {"$ref": REF + "Currency"},
            "metadata": {"$ref": REF + "Metadata"},
            "settings": {"$ref": REF + f"{n}Settings"},
            "lines": {"type": "array", "items": {"$ref": REF + f"{n}Line"}},
            "source": {"allOf": [{"$ref": REF + f"{n}Source"}], "nullable": True},
            "related": {  # expandable: an ID, or the object when `expand` asks for it
                "oneOf": [{"type": "string"}, {"$ref": REF + other}],
                "nullable": True,
                "description": f"The related {other}, or its ID unless expanded.",
            },
            "tags": {"type": "array", "items": {"type": "string"}},
            "address": {"allOf": [{"$ref": REF + "Address"}], "nullable": True},
            "limits": {
                "type": "object",
                "description": "Inline nested object.",
                "required": ["max_amount"],
                "properties": {
                    "max_amount": {"type": "integer"},
                    "window": {
                        "type": "object",
                        "properties": {
                            "interval": {"type": "string", "enum": ["day", "week", "month"]},
                            "count": {"type": "integer"},
                        },
                    },
                },
            },
            "score": {"type": "number", "format": "float", "nullable": True},
            "livemode": {"type": "boolean"},
            "links": {"type": "array", "items": {"$ref": REF + "Link"}},
            "due_date": {"type": "string", "format": "date", "nullable": True},
            "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
        }
        if has["priority"]:
            properties["priority"] = {"$ref": REF + f"{n}Priority"}
        if rng.random() < 0.15:
            properties["tree"] = {"$ref": REF + "TreeNode"}
        # Real objects do not all carry every field: keep a random subset of the optional ones.
        required = ["id", "object", "created_at", "status"]
        optional = [key for key in properties if key not in required]
        keep = set(rng.sample(optional, rng.randint(len(optional) * 2 // 3, len(optional))))
        properties = {k: v for k, v in properties.items() if k in required or k in keep}
        required += [k for k in ("amount", "currency", "livemode") if k in keep]
        own = {"type": "object", "required": required, "properties": properties}
        own["description"] = self.description()
        if has["base"]:
            s[n] = {"allOf": [{"$ref": REF + "BaseObject"}, own]}
        else:
            s[n] = own

        s[f"{n}List"] = {
            "type": "object",
            "required": ["object", "data", "has_more"],
            "properties": {
                "object": {"type": "string", "enum": ["list"]},
                "data": {"type": "array", "items": {"$ref": REF + n}},
                "has_more": {"type": "boolean"},
                "next_cursor": {"type": "string", "nullable": True},
                "total_count": {"type": "integer", "nullable": True},
                "url": {"type": "string"},
            },
        }
        create_properties: dict[str, Any] = {
            "name": {"type": "string", "maxLength": 255, "description": self.sentence()},
            "description": {"type": "string"},
            "amount": {"type": "integer", "minimum": 0},
            "currency": {"$ref": REF + "Currency"},
            "metadata": {"$ref": REF + "Metadata"},
            "settings": {"$ref": REF + f"{n}Settings"},
            "lines": {"type": "array", "items": {"$ref": REF + f"{n}LineInput"}, "maxItems": 250},
            "address": {"$ref": REF + "Address"},
            "due_date": {"type": "string", "format": "date"},
            "source": {"type": "string", "description": "The ID of a payment source."},
            "options": {
                "type": "object",
                "properties": {
                    "send_email": {"type": "boolean"},
                    "mode": {"type": "string", "enum": ["sync", "async"]},
                },
            },
        }
        if has["priority"]:
            create_properties["priority"] = {"$ref": REF + f"{n}Priority"}
        s[f"{n}CreateRequest"] = {
            "type": "object",
            "required": rng.sample(["name", "amount", "currency"], rng.randint(1, 3)),
            "properties": create_properties,
        }
        s[f"{n}UpdateRequest"] = {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "description": {"type": "string", "nullable": True},
                "metadata": {"allOf": [{"$ref": REF + "Metadata"}], "nullable": True},
                "settings": {"$ref": REF + f"{n}Settings"},
                "status": {"$ref": REF + f"{n}Status"},
                "address": {"allOf": [{"$ref": REF + "Address"}], "nullable": True},
            },
        }
        if has["deleted"]:
            s[f"{n}Deleted"] = {
                "type": "object",
                "required": ["id", "object", "deleted"],
                "properties": {
                    "id": {"type": "string"},
                    "object": {"type": "string", "enum": [name]},
                    "deleted": {"type": "boolean", "enum": [True]},
                },
            }
        if has["events"]:
            s[f"{n}Event"] = {
                "allOf": [
                    {"$ref": REF + "EventBase"},
                    {
                        "type": "object",
                        "required": ["data"],
                        "properties": {
                            "data": {
                                "type": "object",
                                "required": ["object"],
                                "properties": {
                                    "object": {"$ref": REF + n},
                                    "previous_attributes": {
                                        "type": "object",
                                        "additionalProperties": True,
                                    },
                                },
                            }
                        },
                    },
                ]
            }
        if has["stats"]:
            s[f"{n}Stats"] = {
                "type": "object",
                "required": ["total", "by_status"],
                "properties": {
                    "total": {"type": "integer"},
                    "sum": {"$ref": REF + "Money"},
                    "average": {"type": "number", "nullable": True},
                    "by_status": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "series": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["at", "value"],
                            "properties": {
                                "at": {"type": "string", "format": "date-time"},
                                "value": {"type": "number"},
                            },
                        },
                    },
                },
            }
        return has

    # -- one resource's operations ---------------------------------------------------------

    def operation_id(self, verb: str, noun: str) -> str:
        base = verb + pascal(noun)
        operation_id, counter = base, 1
        while operation_id in self.operation_ids:
            counter += 1
            operation_id = f"{base}{counter}"
        self.operation_ids.add(operation_id)
        return operation_id

    def responses(self, success: str, schema: str | None, *errors: str) -> dict[str, Any]:
        responses: dict[str, Any] = {}
        if schema is None:
            responses[success] = {"description": "No content."}
        else:
            responses[success] = {
                "description": "Success.",
                "content": {"application/json": {"schema": {"$ref": REF + schema}}},
            }
        for code, component in (("400", "BadRequest"), ("401", "Unauthorized")) + tuple(
            zip(errors[::2], errors[1::2], strict=True)
        ):
            responses[code] = {"$ref": f"#/components/responses/{component}"}
        if self.rng.random() < 0.3:
            responses["default"] = {"$ref": "#/components/responses/Default"}
        return responses

    def resource_operations(
        self, name: str, prefix: str, prefix_params: list[Any], tag: str, has: dict[str, bool]
    ) -> None:
        rng = self.rng
        n = pascal(name)
        slug = name.replace("_", "-")
        collection = f"{prefix}/{slug}"
        id_param = f"{name}_id"
        item = f"{collection}/{{{id_param}}}"
        path_param = {
            "name": id_param,
            "in": "path",
            "required": True,
            "description": f"The ID of the {name.replace('_', ' ')}.",
            "schema": {"type": "string"},
        }
        common = {"tags": [tag]}
        status_filter = {
            "name": "status",
            "in": "query",
            "description": "Only return objects with this status.",
            "schema": {"$ref": REF + f"{n}Status"},
        }
        list_params: list[Any] = [
            {"$ref": "#/components/parameters/Limit"},
            {"$ref": "#/components/parameters/StartingAfter"},
            {"$ref": "#/components/parameters/EndingBefore"},
            status_filter,
        ]
        if rng.random() < 0.5:
            list_params.append({"$ref": "#/components/parameters/Expand"})
        if rng.random() < 0.5:
            list_params.append(
                {
                    "name": "created_gte",
                    "in": "query",
                    "description": "Only return objects created at or after this time.",
                    "schema": {"type": "string", "format": "date-time"},
                }
            )
        if rng.random() < 0.3:
            list_params.append(
                {
                    "name": "sort",
                    "in": "query",
                    "schema": {"type": "string", "enum": ["created", "-created", "amount"]},
                }
            )
        self.paths[collection] = {
            **({"parameters": prefix_params} if prefix_params else {}),
            "get": {
                **common,
                "operationId": self.operation_id("list", name + "s"),
                "summary": f"List {name.replace('_', ' ')}s",
                "description": self.description(),
                "parameters": list_params,
                "responses": self.responses("200", f"{n}List"),
            },
            "post": {
                **common,
                "operationId": self.operation_id("create", name),
                "summary": f"Create a {name.replace('_', ' ')}",
                "description": self.description(),
                "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": REF + f"{n}CreateRequest"}}
                    },
                },
                "responses": self.responses(
                    "201" if rng.random() < 0.5 else "200", n, "409", "Conflict"
                ),
            },
        }
        if has["read_only"]:
            del self.paths[collection]["post"]
        item_ops: dict[str, Any] = {
            "parameters": [*prefix_params, path_param],
            "get": {
                **common,
                "operationId": self.operation_id("get", name),
                "summary": f"Retrieve a {name.replace('_', ' ')}",
                "description": self.description(),
                "parameters": [{"$ref": "#/components/parameters/Expand"}],
                "responses": self.responses("200", n, "404", "NotFound"),
            },
            "patch": {
                **common,
                "operationId": self.operation_id("update", name),
                "summary": f"Update a {name.replace('_', ' ')}",
                "description": self.description(),
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": REF + f"{n}UpdateRequest"}}
                    },
                },
                "responses": self.responses("200", n, "404", "NotFound", "429", "RateLimited"),
            },
        }
        if has["read_only"]:
            del item_ops["patch"]
        elif rng.random() < 0.7:
            deleted = f"{n}Deleted" if has["deleted"] else None
            item_ops["delete"] = {
                **common,
                "operationId": self.operation_id("delete", name),
                "summary": f"Delete a {name.replace('_', ' ')}",
                "description": self.sentence(),
                "responses": self.responses(
                    "200" if deleted else "204", deleted, "404", "NotFound"
                ),
            }
        self.paths[item] = item_ops
        actions = 0 if has["read_only"] else rng.choice((0, 0, 0, 1, 1, 2))
        for action in rng.sample(_ACTIONS, actions):
            request = f"{n}{pascal(action)}Request"
            self.schemas[request] = {
                "type": "object",
                "properties": {
                    "reason": {
                        "type": "string",
                        "enum": ["duplicate", "fraudulent", "requested_by_customer", "abandoned"],
                    },
                    "comment": {"type": "string", "maxLength": 5000},
                    "at": {"type": "string", "format": "date-time"},
                },
            }
            self.paths[f"{item}/{action}"] = {
                "parameters": [*prefix_params, path_param],
                "post": {
                    **common,
                    "operationId": self.operation_id(action, name),
                    "summary": f"{action.capitalize()} a {name.replace('_', ' ')}",
                    "description": self.description(),
                    "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}],
                    "requestBody": {
                        "required": False,
                        "content": {"application/json": {"schema": {"$ref": REF + request}}},
                    },
                    "responses": self.responses("200", n, "404", "NotFound"),
                },
            }
        if has["stats"]:
            self.paths[f"{collection}/stats"] = {
                **({"parameters": prefix_params} if prefix_params else {}),
                "get": {
                    **common,
                    "operationId": self.operation_id("stats", name),
                    "summary": f"Statistics of {name.replace('_', ' ')}s",
                    "description": self.sentence(),
                    "parameters": [
                        {
                            "name": "period",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string", "enum": ["day", "week", "month"]},
                        },
                        {"name": "tz", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": self.responses("200", f"{n}Stats"),
                },
            }
        if has["events"] and rng.random() < 0.5:
            self.paths[f"{item}/events"] = {
                "parameters": [*prefix_params, path_param],
                "get": {
                    **common,
                    "operationId": self.operation_id("listEvents", name),
                    "summary": f"The events of a {name.replace('_', ' ')}",
                    "description": self.sentence(),
                    "parameters": [{"$ref": "#/components/parameters/Limit"}],
                    "responses": {
                        "200": {
                            "description": "Success.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["data", "has_more"],
                                        "properties": {
                                            "data": {
                                                "type": "array",
                                                "items": {"$ref": REF + f"{n}Event"},
                                            },
                                            "has_more": {"type": "boolean"},
                                        },
                                    }
                                }
                            },
                        },
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                },
            }

    # -- the document ----------------------------------------------------------------------

    def build(self, change: bool = False) -> dict[str, Any]:
        self.shared_schemas()
        names = self.resource_names()
        # About one resource in four is nested under another: /v1/customers/{customer_id}/notes.
        parents: dict[str, str] = {}
        for index, name in enumerate(names):
            if index >= 10 and self.rng.random() < 0.25:
                parents[name] = self.rng.choice([n for n in names[:index] if n not in parents])
        for name in names:
            has = self.resource_schemas(name, [n for n in names if n != name])
            parent = parents.get(name)
            prefix = f"/v1/{parent.replace('_', '-')}/{{{parent}_id}}" if parent else "/v1"
            prefix_params = []
            if parent:
                prefix_params.append(
                    {
                        "name": f"{parent}_id",
                        "in": "path",
                        "required": True,
                        "description": f"The ID of the parent {parent.replace('_', ' ')}.",
                        "schema": {"type": "string"},
                    }
                )
            tag = pascal(parent or name)
            self.resource_operations(name, prefix, prefix_params, tag, has)
            if not parent:
                self.tags.append({"name": tag, "description": self.sentence()})
        if change:
            first_list = next(path for path, item in self.paths.items() if "get" in item)
            self.paths[first_list]["get"]["parameters"].append(
                {
                    "name": "include_archived",
                    "in": "query",
                    "description": "Also return archived objects.",
                    "schema": {"type": "boolean", "default": False},
                }
            )
        return {
            "openapi": "3.0.3",
            "info": {
                "title": "Synthetic Commerce",
                "version": "2024.6.1",
                "description": "A synthetic API, shaped like real commerce APIs, for benchmarks.",
            },
            "servers": [
                {"url": "https://api.example.com", "description": "Production"},
                {"url": "https://sandbox.example.com", "description": "Sandbox"},
            ],
            "security": [{"bearerAuth": []}, {"apiKeyAuth": []}],
            "tags": self.tags,
            "paths": self.paths,
            "components": self.components(),
        }


def build_spec(
    seed: int = DEFAULT_SEED, resources: int = DEFAULT_RESOURCES, change: bool = False
) -> dict[str, Any]:
    return SpecBuilder(seed, resources).build(change=change)


METHODS = frozenset({"get", "put", "post", "delete", "patch", "options", "head", "trace"})


def count(spec: dict[str, Any]) -> tuple[int, int]:
    """(operations, component schemas)."""
    operations = sum(1 for item in spec["paths"].values() for key in item if key in METHODS)
    return operations, len(spec["components"]["schemas"])


def write_spec(spec: dict[str, Any], out: Path, as_json: bool | None = None) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    if as_json if as_json is not None else out.suffix == ".json":
        out.write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
        return
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(
        spec,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    out.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="where to write the spec (.yaml or .json)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--resources", type=int, default=DEFAULT_RESOURCES)
    parser.add_argument("--change", action="store_true", help="the one-operation change")
    parser.add_argument("--json", action="store_true", help="write JSON whatever the suffix")
    parser.add_argument("--validate", action="store_true", help="check with openapi-spec-validator")
    options = parser.parse_args()
    spec = build_spec(options.seed, options.resources, options.change)
    write_spec(spec, options.out, True if options.json else None)
    operations, schemas = count(spec)
    print(f"wrote {options.out}: {operations} operations, {schemas} component schemas")
    if options.validate:
        from openapi_spec_validator import validate

        validate(spec)
        print("valid under openapi-spec-validator")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
