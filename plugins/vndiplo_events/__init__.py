"""Event extraction: who met whom, when, where (first-party vndiplo plugin)."""
