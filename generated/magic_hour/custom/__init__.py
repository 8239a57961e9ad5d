"""Hand-written additions to the generated SDK, kept by the generator.

Nothing here is generated: the files of this package are not listed in
``.sdk-generator-manifest``, so ``make generate`` carries them over untouched. The
generated resource clients reach them through their custom regions (for example
``client.v1.lip_sync.generate(...)``, implemented in :mod:`magic_hour.custom.lip_sync`).
"""
