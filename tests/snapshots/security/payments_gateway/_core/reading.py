"""Reading response bodies within a size limit, decompressing as little as needed.

The limit applies to the decoded bytes, and reading stops as soon as it is passed: a
small gzip body that would inflate to gigabytes is never inflated beyond the limit.
``gzip`` and ``deflate`` (the encodings the SDK asks for) are decompressed here, a
bounded piece at a time; a body in another encoding is decoded by httpx, the limit
being checked after each of its chunks.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import httpx

__all__ = ["ACCEPT_ENCODING", "BodyReader", "BodyTooLarge"]

# What the SDK asks for: the encodings it decompresses within the limit itself.
ACCEPT_ENCODING = "gzip, deflate"
# The most decompressed bytes made from one piece of input at a time.
_PIECE = 64 * 1024


class BodyTooLarge(Exception):
    """The body passed the limit; ``BaseClient`` turns it into its public error."""


class _Inflater:
    """One zlib stream (gzip or deflate), inflated at most ``_PIECE`` bytes at a time."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        # deflate is meant to be zlib-wrapped, but some servers send it raw.
        wbits = zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS
        self._inflater = zlib.decompressobj(wbits)
        self._first = True

    def inflate(self, data: bytes) -> Iterator[bytes]:
        try:
            if self._first and not self._gzip and data:
                self._first = False
                try:
                    yield from self._inflate(data)
                except zlib.error:
                    self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    yield from self._inflate(data)
                return
            yield from self._inflate(data)
        except zlib.error as error:
            message = f"the body is not valid {self.name}: {error}"
            raise httpx.DecodingError(message) from error

    @property
    def name(self) -> str:
        return "gzip" if self._gzip else "deflate"

    def _inflate(self, data: bytes) -> Iterator[bytes]:
        while not self._inflater.eof:
            piece = self._inflater.decompress(data, _PIECE)
            data = self._inflater.unconsumed_tail
            if piece:
                yield piece
            # A full piece may leave more output pending even with no input left.
            if not data and len(piece) < _PIECE:
                return

    def flush(self) -> Iterator[bytes]:
        yield from self.inflate(b"")


_INFLATED = frozenset({"gzip", "x-gzip", "deflate"})


class BodyReader:
    """Collects one response body, decoded, raising ``BodyTooLarge`` past ``limit``.

    Feed it the raw bytes (``feed``) when :attr:`decodes` is true, else the bytes
    httpx decoded (``feed_decoded``); ``finish`` returns the whole decoded body.
    """

    def __init__(
        self, headers: httpx.Headers, limit: int | None, *, has_body: bool = True
    ) -> None:
        self.limit = limit
        encodings = [
            value.strip().lower()
            for value in headers.get_list("content-encoding", split_commas=True)
        ]
        encodings = [value for value in encodings if value and value != "identity"]
        self.decodes = all(value in _INFLATED for value in encodings)
        # Applied in the reverse of the order they are listed in.
        self._layers = [_Inflater(value) for value in reversed(encodings)]
        self._chunks: list[bytes] = []
        self._size = 0
        # A declared length over the limit fails before reading (a HEAD response, or a 204
        # or 304, declares the length of a body it does not carry).
        if has_body and not encodings and limit is not None:
            length = headers.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                raise BodyTooLarge()

    def feed(self, raw: bytes) -> None:
        """Add raw bytes as received (only when :attr:`decodes`)."""
        self._through(raw, 0)

    def feed_decoded(self, data: bytes) -> None:
        """Add bytes httpx already decoded."""
        self._keep(data)

    def finish(self) -> bytes:
        """The whole decoded body."""
        for index, layer in enumerate(self._layers):
            for piece in layer.flush():
                self._through(piece, index + 1)
        return b"".join(self._chunks)

    def _through(self, data: bytes, layer: int) -> None:
        if layer == len(self._layers):
            self._keep(data)
            return
        for piece in self._layers[layer].inflate(data):
            self._through(piece, layer + 1)

    def _keep(self, data: bytes) -> None:
        if not data:
            return
        self._size += len(data)
        if self.limit is not None and self._size > self.limit:
            self._chunks.clear()
            raise BodyTooLarge()
        self._chunks.append(data)
