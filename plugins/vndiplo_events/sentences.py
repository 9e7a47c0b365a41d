"""Sentences for the events plugin: the shared layer of :mod:`vndiplo.sentences`."""

from __future__ import annotations

from vndiplo.sentences import Sentence, split_sentences

__all__ = ["Sentence", "split_sentences"]
