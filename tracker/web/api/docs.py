"""The API reference as plain data for a server-side template: operations grouped by tag, with
their parameters, request body and responses, schemas expanded from the OpenAPI document."""

from __future__ import annotations

from typing import Any

_REF = "#/components/schemas/"


def _resolve(spec: dict[str, Any], schema: dict[str, Any] | None) -> tuple[str | None, dict[str, Any]]:
    if not schema:
        return None, {}
    ref = schema.get("$ref")
    if ref and ref.startswith(_REF):
        name = ref[len(_REF):]
        return name, spec.get("components", {}).get("schemas", {}).get(name, {})
    return None, schema


def _type(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    name, resolved = _resolve(spec, schema)
    if name:
        return name
    kind = resolved.get("type", "any")
    if kind == "array":
        return f"array of {_type(spec, resolved.get('items', {}))}"
    if resolved.get("format"):
        kind = f"{kind} ({resolved['format']})"
    if resolved.get("enum"):
        kind += ": " + " | ".join(str(v) for v in resolved["enum"])
    items = resolved.get("items") or {}
    if items.get("enum"):
        kind += ": " + " | ".join(str(v) for v in items["enum"])
    return kind


def _fields(spec: dict[str, Any], schema: dict[str, Any] | None) -> list[dict[str, Any]]:
    _, resolved = _resolve(spec, schema)
    required = set(resolved.get("required", []))
    out = []
    for name, prop in (resolved.get("properties") or {}).items():
        out.append({
            "name": name,
            "type": _type(spec, prop) + (" or null" if prop.get("nullable") else ""),
            "required": name in required,
            "description": prop.get("description", ""),
        })
    return out


def reference(spec: dict[str, Any]) -> dict[str, Any]:
    tags: dict[str, list[dict[str, Any]]] = {}
    base = (spec.get("servers") or [{"url": ""}])[0]["url"]
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {"name": p["name"], "in": p["in"], "type": _type(spec, p.get("schema", {})),
                 "required": p.get("required", False), "description": p.get("description", "")}
                for p in op.get("parameters", [])
            ]
            body = None
            for media, content in (op.get("requestBody") or {}).get("content", {}).items():
                name, _ = _resolve(spec, content.get("schema"))
                body = {"media": media, "schema": name, "fields": _fields(spec, content.get("schema"))}
            responses = []
            for code, response in op.get("responses", {}).items():
                media, schema = next(iter((response.get("content") or {None: {}}).items()))
                name, _ = _resolve(spec, (schema or {}).get("schema"))
                responses.append({"code": code, "description": response.get("description", ""),
                                  "media": media, "schema": name})
            tags.setdefault((op.get("tags") or ["Other"])[0], []).append({
                "id": op.get("operationId", f"{method}-{path}"),
                "method": method.upper(), "path": base + path, "summary": op.get("summary", ""),
                "description": op.get("description", ""), "params": params, "body": body,
                "responses": responses, "auth": any(r for r in op.get("security", []) if r)
                and not any(not r for r in op.get("security", [])),
            })
    schemas = [
        {"name": name, "fields": _fields(spec, {"$ref": _REF + name})}
        for name in sorted(spec.get("components", {}).get("schemas", {}))
    ]
    return {"info": spec.get("info", {}), "tags": tags, "schemas": schemas}
