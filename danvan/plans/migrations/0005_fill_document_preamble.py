"""Fill the legal basis of documents imported before it was kept, from their stored source text."""

from __future__ import annotations

from typing import Any

from django.db import migrations


def fill(apps: Any, schema_editor: Any) -> None:
    from danvan.plans.preamble import preamble_of

    Document = apps.get_model("plans", "Document")
    for document in Document.objects.exclude(source_text="").filter(preamble="").iterator():
        title = ((document.parsed or {}).get("document") or {}).get("title") or document.title
        document.preamble = "\n".join(preamble_of(document.source_text, title))
        if document.preamble:
            document.save(update_fields=["preamble"])


class Migration(migrations.Migration):
    dependencies = [("plans", "0004_document_preamble")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
