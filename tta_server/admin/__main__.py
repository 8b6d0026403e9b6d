"""``python -m tta_server.admin``: the same as ``tta-admin``."""

from tta_server.admin import main

main()
