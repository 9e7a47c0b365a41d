"""Accuracy and speed benchmarks, runnable by anyone: python -m benchmarks[.NAME]."""
