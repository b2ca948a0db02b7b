"""One normaliser per field, each a pure function from the raw value to the clean one."""
