"""Package metadata, read from settings.ini (nbdev 2 layout)."""
from configparser import ConfigParser
from pathlib import Path

import setuptools

assert int(setuptools.__version__.split(".")[0]) >= 36, "please upgrade setuptools"

cfg = ConfigParser(delimiters=["="])
cfg.read("settings.ini", encoding="utf-8")
cfg = cfg["DEFAULT"]
for key in "version description keywords author author_email license git_url lib_name min_python".split():
    assert key in cfg, f"settings.ini lacks `{key}`"

licenses = {"apache2": "Apache-2.0"}  # an SPDX expression (license classifiers are deprecated)
statuses = ["1 - Planning", "2 - Pre-Alpha", "3 - Alpha", "4 - Beta", "5 - Production/Stable", "6 - Mature", "7 - Inactive"]
py_versions = "3.10 3.11 3.12 3.13".split()
min_python = cfg["min_python"]


def reqs(key):
    "The requirements listed under `key` in settings.ini, split on white space."
    return cfg.get(key, "").split()


extras = {name: reqs(f"{name}_requirements") for name in ("train", "data", "gpu", "gemini", "gguf", "embedded")}
# `dev` is everything CPU work needs: the training stack (CPU torch) plus the nbdev/docs/test tools.
extras["dev"] = extras["train"] + reqs("dev_requirements")

setuptools.setup(
    name=cfg["lib_name"].replace("_", "-"),
    license=licenses[cfg["license"]],
    classifiers=[
        "Development Status :: " + statuses[int(cfg["status"])],
        "Intended Audience :: " + cfg["audience"].title(),
        "Natural Language :: " + cfg["language"].title(),
    ] + ["Programming Language :: Python :: " + v for v in py_versions[py_versions.index(min_python):]],
    url=cfg["git_url"],
    packages=setuptools.find_packages(include=[cfg["lib_name"], cfg["lib_name"] + ".*"]),
    include_package_data=True,
    package_data={cfg["lib_name"]: ["configs/*.json", "configs/*.yaml", "configs/*.txt", "configs/accelerate/*.yaml", "assets/css/*", "models/*/*"]},
    install_requires=reqs("requirements"),
    extras_require=extras,
    python_requires=">=" + min_python,
    long_description=Path("README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    zip_safe=False,
    entry_points={
        "console_scripts": reqs("console_scripts"),
        "nbdev": [f"{cfg['lib_name']}={cfg['lib_name']}._modidx:d"],
    },
    version=cfg["version"],
    description=cfg["description"],
    keywords=cfg["keywords"],
    author=cfg["author"],
    author_email=cfg["author_email"],
)
