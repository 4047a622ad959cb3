"""GUI tests (pytest-qt, offscreen).  A package, so that its conftest does not take the
plain ``conftest`` module name that other test folders import helpers from."""
