"""A plugin that always fails, for the CLI's exit-code test."""

from vndiplo import Document, hookimpl


@hookimpl
def vndiplo_enrich(document: Document) -> None:
    raise RuntimeError("deliberately broken")
