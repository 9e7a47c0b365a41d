"""Boilerplate removal for Vietnamese news pages (first-party vndiplo plugin)."""
