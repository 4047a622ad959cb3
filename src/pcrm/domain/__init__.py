"""Value objects and rules with no I/O: names, phones, dates with optional year, recurrence, text folding."""
