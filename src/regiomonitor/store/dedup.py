"""Exact and near-duplicate recognition for the register.

The fingerprints themselves (`content_hash`, `near_duplicate_signature`, `similarity`) belong to
ingestion (`regiomonitor.ingest.fingerprint`); this module splits a signature into LSH bands so
that candidates are found with one indexed lookup per band in the `minhash_bands` table, however
many documents the register holds. Candidates are then confirmed with `similarity`.
"""
from __future__ import annotations

import hashlib

from datasketch import LeanMinHash

from regiomonitor.ingest.fingerprint import content_hash, near_duplicate_signature
from regiomonitor.ingest.fingerprint import similarity as _similarity

__all__ = ["content_hash", "near_duplicate_signature", "similarity", "band_hashes"]

# The same agency item on another site: a new headline and dateline, a sentence added or cut,
# a few words changed; its word 5-shingles still overlap by 0.6 and more, while different items,
# even on the same topic, stay far below (0.04 among the demo corpus's other pairs).
NEAR_DUPLICATE_THRESHOLD = 0.6
ROWS_PER_BAND = 5  # 128 values -> 26 bands: P(candidate) is 0.96 at similarity 0.65, 0.06 at 0.3


def similarity(a: bytes, b: bytes) -> float:
    """As fingerprint.similarity, but signatures made with other parameters are unrelated."""
    try:
        return _similarity(a, b)
    except ValueError:
        return 0.0


def _hash_values(signature: bytes) -> list[bytes]:
    """The signature's hash values, one bytes object each (datasketch's LeanMinHash layout);
    for a signature in any other layout, 128 equal slices of it."""
    try:
        values = LeanMinHash.deserialize(bytearray(signature)).hashvalues
        return [value.tobytes() for value in values]
    except Exception:
        width = max(1, -(-len(signature) // 128))
        return [signature[i : i + width] for i in range(0, len(signature), width)]


def band_hashes(signature: bytes | None) -> list[tuple[int, int]]:
    """(band number, 64-bit signed hash of the band's values) for every band of `signature`:
    ROWS_PER_BAND consecutive hash values make one band."""
    if not signature:
        return []
    values = _hash_values(signature)
    bands = []
    for number, offset in enumerate(range(0, len(values), ROWS_PER_BAND)):
        digest = hashlib.blake2b(b"".join(values[offset : offset + ROWS_PER_BAND]), digest_size=8).digest()
        bands.append((number, int.from_bytes(digest, "little", signed=True)))
    return bands
