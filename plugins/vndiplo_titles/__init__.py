"""People, titles and roles (first-party vndiplo plugin)."""
