"""One parser per style family. Each takes the reference text with URL, DOI and access date already
peeled off and returns a `Draft` of raw field values, or None when the text is not of its family."""
