"""Turning the model into files: an `Api` in, {relative path: formatted text} out.

Views arrange the model for the templates, `render` fills the templates (escaping by filter),
`format` makes every Python file exactly what black would write.
"""
