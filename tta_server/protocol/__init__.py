"""The wire protocol: message models, error codes, and parsing of incoming frames."""
