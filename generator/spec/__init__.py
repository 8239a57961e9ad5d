"""Reading a spec: a file path in, a loaded, reference-checked and validated document out.

`load` parses YAML/JSON with the source position of every JSON pointer, `refs` follows `$ref`s
across files, `validate` runs openapi-spec-validator, `pointer` spells places in documents.
"""
