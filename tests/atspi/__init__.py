"""Tests that see what a screen reader sees: the real program under Xvfb, read through AT-SPI."""
