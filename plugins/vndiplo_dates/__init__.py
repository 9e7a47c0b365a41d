"""Vietnamese temporal expressions, found and normalised (first-party vndiplo plugin)."""
