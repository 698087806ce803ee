"""What the tests share: servers on loopback, synthetic products, file-system faults, paths. Imported as
terrascope_s2.tests.helpers.<module> (the plugin's import name, which tests/conftest.py sets up)."""
