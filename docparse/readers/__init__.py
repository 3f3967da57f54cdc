"""Readers turn file bytes into blocks of text and tables (`docparse.blocks.Source`)."""
