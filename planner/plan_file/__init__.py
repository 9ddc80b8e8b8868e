"""The plan file: a zip holding `plan.json` and a `pictures/` folder (see README)."""

FORMAT = "small-steps-plan"
VERSION = 1
