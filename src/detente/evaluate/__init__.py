"""Scorers behind ``detente eval``: each compares detente's output with a public gold format and
returns a report with the figures the README quotes."""
