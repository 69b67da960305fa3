"""Runs axe-core in the page and fails on any violation of WCAG 2.0/2.1 A and AA.

axe.min.js comes inside a PyPI package (axe-playwright-python ships it; installed with --no-deps,
nothing else of Playwright is needed); AXE_JS may point at another copy."""
import importlib.util
import json
import os
import pathlib


def axe_source():
    candidates = [os.environ.get("AXE_JS")]
    for package in ["axe_playwright_python", "axe_selenium_python", "selenium_axe_python"]:
        spec = importlib.util.find_spec(package)
        if spec and spec.submodule_search_locations:
            for location in spec.submodule_search_locations:
                candidates += [str(p) for p in pathlib.Path(location).rglob("axe*.min.js")]
    for candidate in candidates:
        if candidate and pathlib.Path(candidate).exists():
            return pathlib.Path(candidate).read_text(encoding="utf-8")
    raise RuntimeError("axe.min.js not found: pip install --no-deps axe-playwright-python")


_SOURCE = None


def check(driver, context=""):
    global _SOURCE
    if _SOURCE is None:
        _SOURCE = axe_source()
    driver.execute_script(_SOURCE)
    result = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
           .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', description: String(e), nodes: []}])));
    """)
    violations = json.loads(result)
    report = [f"{v['id']}: {v.get('description', '')} — " + "; ".join(n.get("html", "")[:120] for n in v.get("nodes", [])[:3])
              for v in violations]
    assert not violations, f"axe violations on {context or driver.current_url}:\n" + "\n".join(report)
