"""The public site's views, by concern: `pages` for HTML, `exports` for machine-readable forms."""
