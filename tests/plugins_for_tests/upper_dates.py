"""A trivial importable plugin for tests that need a plugin by module name (workers, pickling)."""

from vndiplo import Document, hookimpl


@hookimpl
def vndiplo_enrich(document: Document) -> dict[str, int]:
    return {"digits": sum(ch.isdigit() for ch in document.text)}
