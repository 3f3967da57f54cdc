"""Outgoing documents: DOCX, XLSX and PDF writers for plans and catalogs (Nghị định 30/2020 layout)."""
