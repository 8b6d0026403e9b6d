"""TTA's Textual client (the story screens arrive with the client issue)."""
