"""Value objects and rules with no I/O.

Names, phones, dates with an optional year, durations, times, recurrence, text folding.
"""
