"""The intermediate model: what a spec means for a Python SDK, with every name already chosen.

`api` holds the frozen dataclasses the later stages read; `naming` is the one place that turns
spec strings into identifiers, module, class and file names.
"""
