"""Merge-quality yardstick for the corpus: real multi-outlet reports of the same meetings."""
