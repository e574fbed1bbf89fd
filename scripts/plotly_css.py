"""Write, as static files, the styles plotly.js would otherwise inject at run time.

plotly.js adds two <style> elements when it loads: its global rules, and the stylesheet of the
maplibre library it bundles. A strict Content-Security-Policy (style-src 'self') blocks both.
plotly.js skips each one when the page already holds an element with its id (the global one
also needs the class "no-inline-styles"), so this script saves the styles under
static/timeline/ and writes templates/timeline/_plotly_styles.html, which links them under
those ids. Run it again after upgrading plotly:

    .venv/bin/python scripts/plotly_css.py
"""
from pathlib import Path

import plotly
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static" / "timeline"
INCLUDE = ROOT / "templates" / "timeline" / "_plotly_styles.html"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run"]
COLLECT = """() => Array.from(document.head.querySelectorAll("style"), style => ({
    id: style.id,
    css: style.id.startsWith("plotly.js-style-")
        ? Array.from(style.sheet.cssRules, rule => rule.cssText).join("\\n")
        : style.textContent,
}))"""


def injected_styles():
    script = (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_text()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=BROWSER_ARGS)
        page = browser.new_page()
        page.set_content("<div id='chart'></div>")
        page.add_script_tag(content=script)
        page.evaluate("Plotly.newPlot('chart', [{x: [1, 2], y: [1, 2]}], {})")
        styles, version = page.evaluate(COLLECT), page.evaluate("Plotly.version")
        browser.close()
    return version, styles


def main():
    version, styles = injected_styles()
    links = []
    for number, style in enumerate(styles, start=1):
        is_global = style["id"] == "plotly.js-style-global"
        name = "plotly-global.css" if is_global else f"plotly-bundled-{number}.css"
        header = f"/* plotly.js {version}: styles it injects itself, saved by scripts/plotly_css.py. Do not edit. */\n"
        (STATIC / name).write_text(header + style["css"] + "\n")
        css_class = ' class="no-inline-styles"' if is_global else ""
        links.append(f'<link id="{style["id"]}"{css_class} rel="stylesheet" href="{{% static \'timeline/{name}\' %}}">')
    INCLUDE.write_text(
        "{% load static %}{# Written by scripts/plotly_css.py: plotly.js injects these styles itself "
        "unless elements with these ids exist, and a strict CSP forbids the injection. #}\n"
        + "\n".join(links) + "\n"
    )
    print(f"plotly.js {version}: wrote {len(styles)} stylesheet(s) and {INCLUDE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
