"""Tests of the Textual client: its network link, settings and command line."""
