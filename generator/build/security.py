"""Security schemes → the client's credential arguments; requirements → what each call sends."""

from __future__ import annotations

from typing import Any

from ..errors import SpecError
from ..model import naming
from ..model.api import SecurityScheme
from ..model.runtime import token_scheme
from ..spec.refs import Ref, jp_ref
from .context import Context


def security_schemes(spec: dict[str, Any], env_prefix: str) -> dict[str, SecurityScheme]:
    raw = (spec.get("components") or {}).get("securitySchemes") or {}
    preferred: dict[str, tuple[str, ...]] = {}
    kinds: dict[str, tuple[str, str, str]] = {}
    http_schemes: dict[str, str] = {}
    for key in sorted(raw):
        scheme = raw[key] or {}
        http_schemes[key] = token_scheme(scheme)
        scheme_type = scheme.get("type")
        if scheme_type == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            kinds[key] = ("basic", "header", "Authorization")
            preferred[key] = ("username", "password")
        elif scheme_type == "apiKey":
            kinds[key] = ("api_key", str(scheme.get("in", "header")), str(scheme.get("name", "")))
            preferred[key] = ("api_key",)
        else:  # http bearer, oauth2 and openIdConnect all end in a bearer token
            kinds[key] = ("bearer", "header", "Authorization")
            preferred[key] = ("token",)
    arguments = naming.credential_arguments(preferred, env_prefix)
    schemes: dict[str, SecurityScheme] = {}
    for key in sorted(raw):
        names, env_vars = arguments[key]
        kind, location, wire_name = kinds[key]
        schemes[key] = SecurityScheme(
            key=key,
            kind=kind,  # type: ignore[arg-type]
            location=location,  # type: ignore[arg-type]
            wire_name=wire_name,
            arguments=names,
            env_vars=env_vars,
            description=str((raw[key] or {}).get("description") or ""),
            http_scheme=http_schemes[key],
        )
    return schemes


def operation_security(
    operation: dict[str, Any],
    spec: dict[str, Any],
    at: Ref,
    ctx: Context,
    schemes: dict[str, SecurityScheme],
) -> tuple[tuple[str, ...], ...]:
    """The operation's alternatives of scheme keys (its own `security`, else the document's)."""
    requirements = operation.get("security", spec.get("security")) or []
    alternatives = []
    for index, requirement in enumerate(requirements):
        for key in requirement or {}:
            if key not in schemes:
                raise SpecError(
                    f"security requirement names {key!r}, which is not in "
                    "components/securitySchemes",
                    ctx.resolver.locate(jp_ref(at, "security", index)),
                )
        alternatives.append(tuple(sorted(requirement or {})))
    return tuple(alternatives)
