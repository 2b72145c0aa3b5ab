"""The bundle's entry point: the same ``editor-app`` as the installed gui-script."""

import sys

from editor_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
