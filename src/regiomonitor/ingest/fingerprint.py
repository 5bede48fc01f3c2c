"""Fingerprints for exact and near-duplicate detection (used by the store).

    content_hash(text)                -> sha256 hex of the normalised text (exact duplicates)
    near_duplicate_signature(text)    -> bytes: MinHash over word 5-shingles (128 permutations,
                                         fixed seed), serialised with datasketch's LeanMinHash
    similarity(sig_a, sig_b)          -> estimated Jaccard similarity of the shingle sets, 0..1

Normalisation makes the same agency item on two sites look the same: Unicode NFKC, case-folded,
punctuation and quote styles dropped, whitespace collapsed. Two signatures are comparable only
if both were made by this module (same seed and permutation count).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
from datasketch import LeanMinHash, MinHash

NUM_PERM = 128
SEED = 20240607
SHINGLE_WORDS = 5
_NON_WORD = re.compile(r"[^\w]+")


def normalize_for_fingerprint(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_for_fingerprint(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word n-grams of the normalised text; a text shorter than `size` words is one shingle."""
    words = normalize_for_fingerprint(text).split()
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i: i + size]) for i in range(len(words) - size + 1)}


def near_duplicate_signature(text: str) -> bytes:
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    grams = shingles(text)
    if grams:
        minhash.update_batch([g.encode("utf-8") for g in sorted(grams)])
    lean = LeanMinHash(minhash)
    buffer = bytearray(lean.bytesize())
    lean.serialize(buffer)
    return bytes(buffer)


def _load(signature: bytes) -> LeanMinHash:
    return LeanMinHash.deserialize(bytearray(signature))


def similarity(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of two documents' shingle sets (1.0 = same text)."""
    a, b = _load(sig_a), _load(sig_b)
    if a.seed != b.seed or len(a.hashvalues) != len(b.hashvalues):
        raise ValueError("signatures were made with different MinHash parameters")
    return float(np.count_nonzero(a.hashvalues == b.hashvalues)) / len(a.hashvalues)
