#!/usr/bin/env python3
"""Screenshots of AidFlow for the README, taken by the browser tests in Debian's headless Chromium.

    python3 docs/screenshots/capture.py            # from anywhere in the project

Needs Java, Maven, and Debian's chromium, chromium-driver and fonts-noto-cjk
(apt-get install -y chromium chromium-driver fonts-noto-cjk).
Runs AgreementInTheBrowserTests, in which people draft, review and sign an agreement through the
sign-in page and the task forms as they would, and DashboardInTheBrowserTests, which charts the
program for an auditor, with -Daidflow.screenshots.docs pointing here. The tests save inbox.png,
task.png, agreements.png and dashboard.png into their build directory's screenshots/ as they
always do, and because they are asked to, copy them here. Only the Python standard library is used.
"""
import argparse
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHOTS = ("inbox.png", "task.png", "agreements.png", "dashboard.png")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build-dir", default="target-screenshots", help="Maven build directory (default %(default)s)")
    parser.add_argument("--test", default="AgreementInTheBrowserTests,DashboardInTheBrowserTests",
                        help="the browser tests that take them")
    options = parser.parse_args()
    for tool in ("/usr/bin/chromium", "/usr/bin/chromedriver"):
        if not os.path.exists(tool):
            raise SystemExit("%s is missing: apt-get update && apt-get install -y chromium chromium-driver fonts-noto-cjk" % tool)
    if not shutil.which("mvn"):
        raise SystemExit("Maven is missing: apt-get install -y maven openjdk-17-jdk-headless")

    before = {name: os.path.getmtime(os.path.join(HERE, name)) if os.path.exists(os.path.join(HERE, name)) else 0
              for name in SHOTS}
    command = ["mvn", "-q", "-B", "-Daidflow.build.dir=" + options.build_dir, "test", "-Dtest=" + options.test,
               "-Dsurefire.failIfNoSpecifiedTests=false", "-Daidflow.screenshots.docs=" + HERE]
    print(" ".join(command))
    if subprocess.call(command, cwd=ROOT) != 0:
        raise SystemExit("the browser test failed; see %s/surefire-reports" % os.path.join(ROOT, options.build_dir))
    for name in SHOTS:
        path = os.path.join(HERE, name)
        if not os.path.exists(path) or os.path.getmtime(path) == before[name]:
            raise SystemExit("%s was not refreshed" % name)
        print("saved %s (%d KB)" % (os.path.relpath(path, ROOT), os.path.getsize(path) // 1024))


if __name__ == "__main__":
    sys.exit(main())
